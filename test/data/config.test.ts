import { expect } from '@open-wc/testing';
import { configure, getConfig, resetConfig, resolveSrc } from '../../src/data/config.js';

describe('configure / getConfig', () => {
  afterEach(resetConfig);

  it('merges meta tags under configure(), and configure(undefined) goes back to the default', async () => {
    const meta = Object.assign(document.createElement('meta'), {
      name: 'news-widgets:time-zone',
      content: ' Asia/Baku ',
    });
    document.head.append(meta);
    try {
      await Promise.resolve();
      expect(getConfig().timeZone).to.equal('Asia/Baku');
      configure({ timeZone: 'UTC', timeout: 500 });
      expect(getConfig().timeZone).to.equal('UTC');
      expect(getConfig().timeout).to.equal(500);
      configure({ timeZone: undefined });
      await Promise.resolve();
      expect(getConfig().timeZone).to.equal('Asia/Baku');
    } finally {
      meta.remove();
    }
  });

  it('reads nothing from a polluted Object.prototype', async () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.baseUrl = 'https://evil.example/';
    proto.linkParams = 'x=1';
    proto.linkTarget = '_blank';
    try {
      await Promise.resolve();
      const config = getConfig();
      expect(config.baseUrl).to.equal(undefined);
      expect(config.linkParams).to.equal(undefined);
      expect(config.linkTarget).to.equal(undefined);
      expect(resolveSrc('latest.json')).to.equal(new URL('latest.json', document.baseURI).href);
    } finally {
      delete proto.baseUrl;
      delete proto.linkParams;
      delete proto.linkTarget;
    }
  });
});
