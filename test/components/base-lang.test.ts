// Language changes re-render only the elements they concern, and are seen inside shadow roots too.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import type { LatestNewsElement } from '../../src/components/latest-news/latest-news.js';
import { feed, part, resetAll } from '../helpers.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('lang changes', () => {
  beforeEach(resetAll);
  afterEach(() => sinon.restore());

  it('re-render the elements inside the changed node, and no others', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <section id="a" lang="en"><latest-news .data=${feed(1)}></latest-news></section>
        <section id="b" lang="en"><latest-news .data=${feed(1)}></latest-news></section>
      </div>`,
    );
    const [a, b] = [...page.querySelectorAll<LatestNewsElement>('latest-news')] as [
      LatestNewsElement,
      LatestNewsElement,
    ];
    await Promise.all([a.updateComplete, b.updateComplete]);
    const spyA = sinon.spy(a as unknown as { render(): unknown }, 'render');
    const spyB = sinon.spy(b as unknown as { render(): unknown }, 'render');
    page.querySelector('#a')!.setAttribute('lang', 'ru');
    await settle();
    await a.updateComplete;
    expect(part(a, 'base')!.getAttribute('lang')).to.equal('ru');
    expect(spyA.callCount).to.equal(1);
    expect(spyB.callCount, 'the other section').to.equal(0);
    expect(part(b, 'base')!.getAttribute('lang')).to.equal('en');
    // The element's own attribute.
    b.setAttribute('lang', 'az');
    await settle();
    await b.updateComplete;
    expect(part(b, 'base')!.getAttribute('lang')).to.equal('az');
    expect(spyA.callCount).to.equal(1);
  });

  it('are seen inside another component’s shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<div lang="en"><p><latest-news></latest-news></p></div>';
    const el = root.querySelector('latest-news') as LatestNewsElement;
    el.data = feed(1);
    await el.updateComplete;
    expect(part(el, 'base')!.getAttribute('lang')).to.equal('en');
    root.querySelector('div')!.setAttribute('lang', 'ru');
    await settle();
    await el.updateComplete;
    expect(part(el, 'base')!.getAttribute('lang')).to.equal('ru');
    // And on the host, outside that shadow root.
    root.querySelector('div')!.removeAttribute('lang');
    host.setAttribute('lang', 'az');
    await settle();
    await el.updateComplete;
    expect(part(el, 'base')!.getAttribute('lang')).to.equal('az');
  });
});
