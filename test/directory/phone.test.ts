import { expect } from '@open-wc/testing';
import { parsePhone, phoneLines, splitExtension } from '../../src/directory/model/phone.js';

describe('directory phones', () => {
  it('normalises Indonesian mobile numbers written with 08 or +62', () => {
    for (const written of [
      '0812-3456-7890',
      '0812 3456 7890',
      '+62 812-3456-7890',
      '+6281234567890',
      '6281234567890',
      '(0812) 3456 7890',
    ]) {
      const p = parsePhone(written);
      expect(p?.dial, written).to.equal('+6281234567890');
      expect(p?.mobile, written).to.equal(true);
    }
  });

  it('dials landlines with +62 and keeps short and toll-free numbers as written', () => {
    expect(parsePhone('(0274) 391021')).to.include({ dial: '+62274391021', mobile: false });
    expect(parsePhone('119')).to.include({ dial: '119', mobile: false });
    expect(parsePhone('112')?.dial).to.equal('112');
    expect(parsePhone('0800-1500-119')?.dial).to.equal('08001500119');
    expect(parsePhone('1500-567')?.dial).to.equal('1500567');
    expect(parsePhone('"+44 1234 234567"')).to.include({ dial: '+441234234567', display: '+44 1234 234567' });
    expect(parsePhone('call us')).to.equal(undefined);
  });

  it('splits extensions written in English and Indonesian', () => {
    expect(splitExtension('119 ext 8')).to.deep.equal({ number: '119', extension: '8' });
    expect(splitExtension('119 ekst. 8')).to.deep.equal({ number: '119', extension: '8' });
    expect(splitExtension('119,8')).to.deep.equal({ number: '119', extension: '8' });
    expect(parsePhone('119 ext 8')).to.include({ dial: '119', extension: '8', display: '119' });
  });

  it('offers call, WhatsApp and SMS links as fits each number', () => {
    const lines = phoneLines([
      { number: '0812-3456-7890', kind: 'voice' },
      { number: '+62 812 3456 7890', kind: 'whatsapp' },
      { number: '(0274) 391021', kind: 'voice' },
      { number: '119', kind: 'voice', extension: '8' },
      { number: '0856 1111 2222', kind: 'sms' },
    ]);
    expect(lines).to.have.length(4);
    expect(lines[0]?.actions).to.deep.equal([
      { kind: 'call', href: 'tel:+6281234567890' },
      { kind: 'whatsapp', href: 'https://wa.me/6281234567890' },
      { kind: 'sms', href: 'sms:+6281234567890' },
    ]);
    expect(lines[1]?.actions).to.deep.equal([{ kind: 'call', href: 'tel:+62274391021' }]);
    expect(lines[2]?.actions).to.deep.equal([{ kind: 'call', href: 'tel:119,8' }]);
    expect(lines[3]?.actions).to.deep.equal([{ kind: 'sms', href: 'sms:+6285611112222' }]);
  });
});
