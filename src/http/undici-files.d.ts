// Types for the undici files src/http/undici-parts.ts loads one by one;
// undici's own types describe only its index. Narrowed there.
declare module 'undici/lib/api/index.js' {
  const value: object;
  export default value;
}
declare module 'undici/lib/core/connect.js' {
  const value: unknown;
  export default value;
}
declare module 'undici/lib/dispatcher/agent.js' {
  const value: unknown;
  export default value;
}
declare module 'undici/lib/dispatcher/dispatcher.js' {
  const value: unknown;
  export default value;
}
declare module 'undici/lib/dispatcher/pool.js' {
  const value: unknown;
  export default value;
}
declare module 'undici/lib/dispatcher/proxy-agent.js' {
  const value: unknown;
  export default value;
}
