// The agent's proxy, as task-lib reads it from the agent's variables: for
// the core and for docker push, with its password masked.

import { describe, expect, it } from 'vitest';
import { agentProxy } from '../../src/azure/proxy.ts';
import { agent, captureStdout } from './agent.ts';

const stdout = captureStdout();

describe('#agentProxy', () => {
  describe('when the agent has no proxy', () => {
    it('gives none, and leaves docker push as it is', () => {
      agent({});
      expect(agentProxy()).toEqual({ proxy: undefined, env: {} });
    });
  });

  describe('when the agent has a proxy with credentials and a bypass list', () => {
    it('gives it to the core and to docker push, with the password masked first', () => {
      agent({
        AGENT_PROXYURL: 'http://proxy.corp.example:3128',
        AGENT_PROXYUSERNAME: 'agent',
        AGENT_PROXYPASSWORD: 'proxy-secret-1',
        AGENT_PROXYBYPASSLIST: JSON.stringify(['\\.internal\\.example']),
      });
      const { proxy, env } = agentProxy();
      expect(proxy).toEqual({
        url: 'http://proxy.corp.example:3128',
        username: 'agent',
        password: 'proxy-secret-1',
        bypass: ['\\.internal\\.example'],
      });
      expect(env.HTTPS_PROXY).toMatch(/^http:\/\/agent:proxy-secret-1@proxy\.corp\.example:3128\/?$/);
      expect(env.HTTP_PROXY).toBe(env.HTTPS_PROXY);
      expect(stdout.text).toContain('##vso[task.setsecret]proxy-secret-1');
      expect(stdout.text).toContain(`##vso[task.setsecret]${env.HTTPS_PROXY}`);
    });
  });
});
