export const id = 641;
export const ids = [641];
export const modules = {

/***/ 641:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   spawnCommand: () => (/* binding */ spawnCommand)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
// Runs a command with node's child_process for the runners that spawn it
// themselves (the CLI's and the Action's): output is collected and handed on
// as it arrives, and the command can be stopped at the deadline.
//
// On POSIX the command leads its own process group, so that stopping it also
// stops what it started (a credential helper docker push is waiting for).
// Being in its own group, it would no longer get a terminal's Ctrl-C or a
// SIGTERM sent to us, so those are passed on to the group while it runs.


const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const OWN_GROUP = process.platform !== 'win32';
/** Rejects with the spawn error (ENOENT when the command is not installed) or with the signal's reason. */
function spawnCommand(command, args, options = {}) {
    const { signal } = options;
    if (signal?.aborted)
        return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, { env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], detached: OWN_GROUP });
        const stdout = [];
        const stderr = [];
        const kill = (sig) => {
            try {
                if (OWN_GROUP && child.pid !== undefined)
                    process.kill(-child.pid, sig);
                else
                    child.kill(sig);
            }
            catch {
                // Already gone.
            }
        };
        const forward = (sig) => {
            kill(sig);
            // Were we the only listener, die of the signal as we would have without one.
            process.off(sig, forward);
            if (process.listenerCount(sig) === 0)
                process.kill(process.pid, sig);
        };
        const onAbort = () => {
            kill('SIGKILL');
            // Something the command started may hold its output open; stop listening now.
            child.stdout.destroy();
            child.stderr.destroy();
            settle();
            reject(signal.reason);
        };
        const settle = () => {
            signal?.removeEventListener('abort', onAbort);
            if (OWN_GROUP)
                for (const sig of FORWARDED)
                    process.off(sig, forward);
        };
        if (OWN_GROUP)
            for (const sig of FORWARDED)
                process.on(sig, forward);
        signal?.addEventListener('abort', onAbort, { once: true });
        child.stdout.on('data', (chunk) => {
            stdout.push(chunk);
            options.onStdout?.(chunk);
        });
        child.stderr.on('data', (chunk) => {
            stderr.push(chunk);
            options.onStderr?.(chunk);
        });
        child.on('error', (err) => {
            settle();
            reject(err);
        });
        child.on('close', (code, sig) => {
            settle();
            resolve({
                exitCode: code ?? 128 + (sig ? (node_os__WEBPACK_IMPORTED_MODULE_1__.constants.signals[sig] ?? 0) : 0),
                stdout: Buffer.concat(stdout).toString('utf8'),
                stderr: Buffer.concat(stderr).toString('utf8'),
            });
        });
    });
}


/***/ })

};
