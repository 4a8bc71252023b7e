import { expect } from '@open-wc/testing';
import { NewsError } from '../../src/data/errors.js';
import { lazy, whenLoaded } from '../../src/internal/lazy.js';

/** A load that fails its first `failures` calls, then gives `value`; `calls` counts them. */
const loader = (failures: number, value = 'part') => {
  const state = { calls: 0 };
  const load = () => {
    state.calls++;
    return state.calls <= failures
      ? Promise.reject(new Error(`failed ${state.calls}`))
      : Promise.resolve(value);
  };
  return { state, load };
};

describe('lazy()', () => {
  it('loads once for every caller, then gives the value at once', async () => {
    const { state, load } = loader(0);
    const part = lazy(load);
    const first = part();
    expect(first).to.be.instanceOf(Promise);
    expect(part()).to.equal(first);
    expect(await first).to.equal('part');
    expect(part()).to.equal('part');
    expect(state.calls).to.equal(1);
  });

  it('asks again at once after one failure, unseen', async () => {
    const { state, load } = loader(1);
    expect(await lazy(load)()).to.equal('part');
    expect(state.calls).to.equal(2);
  });

  it('fails as a network NewsError after two, and the next call tries again', async () => {
    const { state, load } = loader(2);
    const part = lazy(load);
    const error = await (part() as Promise<string>).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).to.be.instanceOf(NewsError);
    expect((error as NewsError).kind).to.equal('network');
    expect((error as NewsError).message).to.contain('failed 2');
    expect(await part()).to.equal('part');
    expect(state.calls).to.equal(3);
  });
});

describe('whenLoaded()', () => {
  it('is undefined when nothing is loading, and waits for what is', async () => {
    expect(whenLoaded(['a', false, undefined])).to.equal(undefined);
    let done = false;
    const waiting = whenLoaded([
      'a',
      new Promise((resolve) => setTimeout(resolve, 20)).then(() => (done = true)),
    ]);
    expect(waiting).to.be.instanceOf(Promise);
    await waiting;
    expect(done).to.equal(true);
  });
});
