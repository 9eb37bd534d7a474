import { describe, expect, it } from 'vitest';
import { HostGate } from '../../src/registry/host-gate.ts';

const tick = () => new Promise((r) => setTimeout(r, 1));

describe('HostGate', () => {
  describe('#run', () => {
    it('runs the first request to a host alone, then at most the limit at once', async () => {
      const gate = new HostGate(3);
      const log: string[] = [];
      let inFlight = 0;
      let most = 0;
      const work = (i: number) => async () => {
        most = i === 0 ? 0 : Math.max(most, ++inFlight);
        log.push(`start ${i}`);
        await tick();
        log.push(`end ${i}`);
        if (i !== 0) inFlight -= 1;
        return i;
      };

      const results = await Promise.all(Array.from({ length: 10 }, (_, i) => gate.run('registry.example.com', work(i))));

      expect(results).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(log.slice(0, 2)).toEqual(['start 0', 'end 0']);
      expect(most).toBe(3);
    });

    it('lets the others go when the first request fails', async () => {
      const gate = new HostGate(2);
      const first = gate.run('h', async () => {
        await tick();
        throw new Error('refused');
      });
      const second = gate.run('h', async () => 'ok');

      await expect(first).rejects.toThrow('refused');
      await expect(second).resolves.toBe('ok');
    });

    it('keeps hosts apart', async () => {
      const gate = new HostGate(1);
      const order: string[] = [];
      let release!: () => void;
      const a = gate.run('a', () => new Promise<void>((r) => (release = r)).then(() => order.push('a')));
      await gate.run('b', async () => order.push('b'));
      release();
      await a;

      expect(order).toEqual(['b', 'a']);
    });
  });
});
