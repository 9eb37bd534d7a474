// The three undici dispatchers the transport uses (and its connector), loaded from their own
// files. undici's index also loads fetch, WebSocket, EventSource, cookies,
// the mock agents and the cache stores, none of which dct-sign uses; in a new
// process they cost tens of milliseconds of start-up. The classes are the
// ones undici's index exports (it re-exports these same files), and the
// api helpers are put on Dispatcher.prototype exactly as the index does
// (ProxyAgent itself calls client.connect()), so behaviour is unchanged.
// undici 7 has no "exports" map, so these paths are published files.

// Referenced, not only included: the entrypoint builds compile from their own folder.
/// <reference path="./undici-files.d.ts" />
import type * as Undici from 'undici';
import api from 'undici/lib/api/index.js';
import connectorBuilder from 'undici/lib/core/connect.js';
import AgentClass from 'undici/lib/dispatcher/agent.js';
import DispatcherClass from 'undici/lib/dispatcher/dispatcher.js';
import PoolClass from 'undici/lib/dispatcher/pool.js';
import ProxyAgentClass from 'undici/lib/dispatcher/proxy-agent.js';

// undici/index.js: Object.assign(Dispatcher.prototype, api)
Object.assign((DispatcherClass as { prototype: object }).prototype, api);

export const buildConnector = connectorBuilder as typeof Undici.buildConnector;
export const Agent = AgentClass as typeof Undici.Agent;
export type Agent = Undici.Agent;
export type AgentOptions = Undici.Agent.Options;
export const Pool = PoolClass as typeof Undici.Pool;
export type Pool = Undici.Pool;
export const ProxyAgent = ProxyAgentClass as typeof Undici.ProxyAgent;
export type ProxyAgent = Undici.ProxyAgent;
export type { Dispatcher } from 'undici';
