// Names the task's modules share.

/** The task input that holds the docker-registry service connection's ID. */
export const CONNECTION_INPUT = 'dockerRegistryServiceConnection';

/** How to give the repository key, for the commands that need it. */
export const REPOSITORY_KEY_HINT = 'give the repository key (the targets key), PEM or base64 of it, from a secret variable';
