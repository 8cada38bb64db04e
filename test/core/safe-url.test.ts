import { expect } from '@open-wc/testing';
import { isFetchableUrl } from '../../src/core/config/fields.js';
import { internationalDigits, safeUrl, telUrl, whatsappUrl } from '../../src/core/safe-url.js';
import { xssPayloads } from '../helpers/fixtures.js';

describe('safeUrl', () => {
  it('keeps https, http, tel, mailto and WhatsApp links', () => {
    expect(safeUrl('https://healing119.id')).to.equal('https://healing119.id/');
    expect(safeUrl('http://example.org/a?b=1')).to.equal('http://example.org/a?b=1');
    expect(safeUrl('tel:119,8')).to.equal('tel:119,8');
    expect(safeUrl('mailto:tpkjm@example.org')).to.equal('mailto:tpkjm@example.org');
    expect(safeUrl('whatsapp://send?phone=628123')).to.equal('whatsapp://send?phone=628123');
  });

  it('resolves relative links against the page', () => {
    expect(safeUrl('/kontak')).to.equal(new URL('/kontak', document.baseURI).href);
  });

  it('drops script, data, and obfuscated script links', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      ' \u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'blob:https://x/y',
      'file:///etc/passwd',
      '',
      '   ',
      '\u0001\t\u001f',
    ]) {
      expect(safeUrl(bad), bad).to.equal(undefined);
    }
    expect(safeUrl(42)).to.equal(undefined);
    expect(safeUrl(null)).to.equal(undefined);
  });

  it('lets no XSS payload from the fixture lists through as a script or data URL', async () => {
    const payloads = await xssPayloads();
    expect(payloads.length).to.be.greaterThan(50);
    for (const p of payloads) {
      const out = safeUrl(p);
      if (out) expect(new URL(out).protocol, p).to.be.oneOf(['https:', 'http:', 'tel:', 'mailto:', 'whatsapp:']);
    }
  });

  it('knows what can be fetched', () => {
    expect(isFetchableUrl('config.json')).to.equal(true);
    expect(isFetchableUrl('https://x.example/a.ics')).to.equal(true);
    expect(isFetchableUrl('webcal://x.example/a.ics')).to.equal(false);
    expect(isFetchableUrl('http://[::1')).to.equal(false);
  });
});

describe('phone links', () => {
  it('builds tel links with an extension after a pause', () => {
    expect(telUrl('119', '8')).to.equal('tel:119,8');
    expect(telUrl('(0274) 512 345')).to.equal('tel:0274512345');
    expect(telUrl('call me')).to.equal(undefined);
  });

  it('normalises Indonesian numbers for WhatsApp', () => {
    expect(internationalDigits('0812-3456-7890')).to.equal('6281234567890');
    expect(internationalDigits('+62 812 3456 7890')).to.equal('6281234567890');
    expect(internationalDigits('0062 812 3456 7890')).to.equal('6281234567890');
    expect(internationalDigits('12')).to.equal(undefined);
    expect(whatsappUrl('0812 3456 7890')).to.equal('https://wa.me/6281234567890');
  });
});
