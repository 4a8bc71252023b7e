// More languages: configure({ strings }) adds or overrides UI strings of any language, per element, with
// the exact tag over its language over the built-in table, else English; garbage is ignored.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import sinon from 'sinon';
import '../../src/define.js';
import { configure } from '../../src/data/config.js';
import type { NewsConfig } from '../../src/data/config.js';
import { pick, plural, stringsFor } from '../../src/internal/i18n.js';
import { strings as latestNews } from '../../src/components/latest-news/latest-news.strings.js';
import { crossFault, load, nextEvent, part, resetAll } from '../helpers.js';

/** The README's example, word for word. */
const turkish: NewsConfig['strings'] = {
  tr: {
    shared: {
      loading: 'Haberler yükleniyor…',
      empty: 'Henüz gösterilecek haber yok.',
      unreachable: 'Haberler yüklenemedi.',
      unreadable: 'Haber verileri okunamadı.',
      retry: 'Tekrar dene',
      stale: 'Güncellenemedi. Daha önce yüklenen haberler gösteriliyor.',
    },
    'latest-news': {
      allNews: 'Tüm haberler',
      photo: 'Fotoğraf',
      video: 'Video',
      newStories: { other: '# yeni haber' },
      pause: 'Haber akışını duraklat',
      play: 'Haber akışını başlat',
      previous: 'Önceki haberler',
      next: 'Sonraki haberler',
      latest: 'Son haberler',
      more: 'Daha fazla haber',
      moreFailed: 'Daha fazla haber yüklenemedi. Tekrar dene',
      added: { other: '# haber daha' },
    },
  },
};

describe('strings for more languages', () => {
  beforeEach(resetAll);
  afterEach(() => sinon.restore());

  it('a complete Turkish example: every shared and <latest-news> string', () => {
    configure({ strings: turkish });
    expect(stringsFor('tr')).to.deep.equal(turkish!.tr!.shared);
    expect(pick(latestNews, 'tr', 'latest-news')).to.deep.equal({
      ...turkish!.tr!['latest-news'],
      newStories: { other: '# yeni haber' },
    });
    expect(plural('tr', pick(latestNews, 'tr-TR', 'latest-news').newStories, 3)).to.equal('3 yeni haber');
    // Without them, Turkish falls back to English.
    configure({ strings: undefined });
    expect(stringsFor('tr').retry).to.equal('Try again');
  });

  it("words set after the list rendered show in its rows at the next render (the badges')", async () => {
    const el = await fixture<
      HTMLElement & { data: unknown; requestUpdate(): void; updateComplete: Promise<boolean> }
    >(html`<latest-news lang="tr"></latest-news>`);
    el.data = {
      items: [
        {
          id: '1',
          url: 'https://news.example/1',
          title: 'Bir',
          publishedAt: '2026-03-03T10:00:00Z',
          media: 'photo',
        },
      ],
    };
    await el.updateComplete;
    expect(part(el, 'badge')?.textContent).to.equal('Photo');
    configure({ strings: turkish });
    el.requestUpdate();
    await el.updateComplete;
    expect(part(el, 'badge')?.textContent).to.equal('Fotoğraf');
  });

  it('the error box of an element in Turkish speaks Turkish', async () => {
    configure({ strings: turkish, retries: 0 });
    sinon.stub(console, 'warn');
    const el = await load(
      html`<latest-news lang="tr" src=${crossFault('json', { status: 500 })}></latest-news>`,
      'news-error',
    );
    expect(part(el, 'error')!.querySelector('p')!.textContent).to.equal('Haberler yüklenemedi.');
    expect(part(el, 'retry')!.textContent!.trim()).to.equal('Tekrar dene');
    expect(part(el, 'base')!.getAttribute('lang')).to.equal('tr');
  });

  it('the exact tag over its language over the built-in table; the 2-argument form is `shared`', () => {
    configure({
      strings: {
        pt: { shared: { retry: 'Tentar de novo', loading: 'Carregando notícias…' } },
        'pt-br': { shared: { retry: 'Tentar novamente' } },
        ru: { shared: { retry: 'Ещё раз' }, 'latest-news': { allNews: 'Все материалы' } },
      },
    });
    expect(
      pick(
        { en: { retry: 'Try again', loading: 'L', empty: 'E' }, az: {} as never, ru: {} as never },
        'pt-BR',
      ),
    ).to.deep.equal({ retry: 'Tentar novamente', loading: 'Carregando notícias…', empty: 'E' });
    expect(stringsFor('pt-PT').retry).to.equal('Tentar de novo');
    expect(stringsFor('ru').retry).to.equal('Ещё раз');
    expect(stringsFor('ru').loading).to.equal('Загрузка новостей…');
    // Another element's strings do not leak into a scope.
    expect(pick(latestNews, 'ru', 'latest-news').allNews).to.equal('Все материалы');
    expect(pick(latestNews, 'ru', 'news-article').allNews).to.equal('Все новости');
    expect(pick(latestNews, 'ru').allNews).to.equal('Все новости');
  });

  it('ignores unknown keys and values of the wrong kind, and never throws on garbage', () => {
    const garbage = {
      tr: {
        shared: { retry: 42, loading: { other: 'x' }, empty: null, nonsense: 'x', stale: 'Eski' },
        'latest-news': {
          newStories: { one: 'bir' },
          allNews: ['a'],
          photo: 'Foto',
          video: { other: 'v' },
          next: undefined,
        },
      },
      az: 'not an object',
      ru: null,
      en: { shared: 7, 'latest-news': [1, 2] },
      'x-bad': { shared: { retry: 'never' } },
    } as unknown as NewsConfig['strings'];
    configure({ strings: garbage });
    expect(stringsFor('tr')).to.deep.equal({ ...stringsFor('en'), stale: 'Eski' });
    const ln = pick(latestNews, 'tr', 'latest-news');
    expect(ln).to.deep.equal({ ...latestNews.en, photo: 'Foto' });
    expect(stringsFor('az')).to.deep.equal(stringsFor('az-AZ'));
    expect(stringsFor('az').retry).to.equal('Yenidən cəhd edin');
    for (const strings of [null, 5, 'x', [], { tr: 5 }, { tr: { shared: 'x' } }]) {
      configure({ strings: strings as never });
      expect(() => stringsFor('tr')).not.to.throw();
      expect(stringsFor('tr').retry).to.equal('Try again');
    }
    // Plural forms with `other` keep only their strings.
    configure({ strings: { tr: { 'latest-news': { newStories: { other: '# haber', one: 5 } as never } } } });
    expect(pick(latestNews, 'tr', 'latest-news').newStories).to.equal(latestNews.en.newStories);
    configure({ strings: { tr: { 'latest-news': { newStories: { other: '# haber', one: '# haber!' } } } } });
    expect(plural('tr', pick(latestNews, 'tr', 'latest-news').newStories, 1)).to.equal('1 haber!');
  });

  it('a polluted Object.prototype adds nothing', () => {
    const proto = Object.prototype as Record<string, unknown>;
    try {
      proto.tr = { shared: { retry: 'POLLUTED' } };
      proto.shared = { retry: 'POLLUTED' };
      proto.one = 'POLLUTED';
      proto.retry = 'POLLUTED';
      expect(stringsFor('tr').retry).to.equal('Try again');
      configure({ strings: { tr: { 'latest-news': { newStories: { other: '# haber' } } } } });
      expect(stringsFor('tr').retry).to.equal('Try again');
      expect(plural('tr', pick(latestNews, 'tr', 'latest-news').newStories, 1)).to.equal('1 haber');
    } finally {
      delete proto.tr;
      delete proto.shared;
      delete proto.one;
      delete proto.retry;
    }
  });

  it('applies to elements that render after configure()', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    configure({ strings: turkish });
    const waiting = nextEvent(wrapper, 'news-error');
    render(html`<latest-news lang="tr" src="http://[bad"></latest-news>`, wrapper);
    sinon.stub(console, 'warn');
    await waiting;
    expect(part(wrapper.querySelector('latest-news')!, 'retry')!.textContent!.trim()).to.equal('Tekrar dene');
  });
});
