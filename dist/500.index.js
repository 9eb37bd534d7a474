export const id = 500;
export const ids = [500];
export const modules = {

/***/ 1500:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   removeDockerConfig: () => (/* binding */ removeDockerConfig),
/* harmony export */   removeOnInterrupt: () => (/* binding */ removeOnInterrupt),
/* harmony export */   writeDockerConfig: () => (/* binding */ writeDockerConfig)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9758);
// A throwaway docker config for `docker push`, logged in with the run's
// login, as Docker@2 and docker/login-action do. It lives in the run's temp
// directory only while the command runs: removed in a finally, and when the
// run is interrupted (SIGINT, SIGTERM, SIGHUP, SIGQUIT) or exits early, where
// no finally runs.




/** The `auths` key docker looks up for a registry host. */
function authsKey(registry) {
    return registry === _registry_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .DOCKER_HUB */ .Xb ? 'https://index.docker.io/v1/' : registry;
}
/** Writes `<dir>/config.json` under `parent` and returns the dir (for DOCKER_CONFIG); `mask` registers the auth string. */
async function writeDockerConfig(login, registry, parent, mask) {
    const auth = Buffer.from(`${login.username}:${login.password}`).toString('base64');
    mask(auth);
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(parent, 'dct-sign-docker-'));
    const config = { auths: { [authsKey(registry)]: { auth } } };
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'config.json'), `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
    return dir;
}
async function removeDockerConfig(dir) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
}
// Every signal that ends a job by default: a cancelled build, a closed terminal (SIGHUP), Ctrl-\ (SIGQUIT).
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'];
/**
 * Removes `dir` if the process is interrupted or exits before the finally
 * that removes it runs: the config holds the registry password, and a
 * cancelled pipeline must not leave it on a shared agent. Returns the
 * function that stops watching.
 */
function removeOnInterrupt(dir) {
    const remove = () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true });
    const onSignal = (signal) => {
        remove();
        stop();
        // Nobody else handles it: die of the signal, as without this handler.
        if (process.listenerCount(signal) === 0)
            process.kill(process.pid, signal);
    };
    const stop = () => {
        for (const signal of SIGNALS)
            process.off(signal, onSignal);
        process.off('exit', remove);
    };
    for (const signal of SIGNALS)
        process.on(signal, onSignal);
    process.on('exit', remove);
    return stop;
}


/***/ })

};
