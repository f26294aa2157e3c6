import { describe, expect, it } from 'vitest';
import { baseDesignation, isGeneric, systemKey } from '../../../src/catalogue/sipri/designation';
import { platformTypeOf } from '../../../src/catalogue/sipri/platform-type';

describe('baseDesignation', () => {
  it('cuts a letter-led version and a calibre from the type', () => {
    expect(baseDesignation('T-72M1')).toBe('T-72');
    expect(baseDesignation('M-109A5 155mm')).toBe('M-109');
    expect(baseDesignation('Mi-8T')).toBe('Mi-8');
    expect(baseDesignation('MiG-29SMT')).toBe('MiG-29');
    expect(baseDesignation('BM-21 Grad 122mm')).toBe('BM-21');
  });

  it('keeps a version that starts with a digit or hyphen, and a digit-led type', () => {
    expect(baseDesignation('Mi-171')).toBe('Mi-171');
    expect(baseDesignation('Type-69-2')).toBe('Type-69-2');
    expect(baseDesignation('9K33 Osa')).toBe('9K33');
  });

  it('keeps a name without digits whole, less its Mk mark', () => {
    expect(baseDesignation('Chieftain Mk-5')).toBe('Chieftain');
    expect(baseDesignation('Super Frelon')).not.toBe(baseDesignation('Super Etendard'));
  });
});

describe('systemKey', () => {
  it('matches spellings that differ only in case, hyphens and spaces', () => {
    expect(systemKey('M109A1')).toBe(systemKey('M-109A5 155mm'));
    expect(systemKey('T-72')).toBe(systemKey('T-72M1'));
    expect(systemKey('Mi-17')).not.toBe(systemKey('Mi-8T'));
  });

  it('gives no key to a generic designation', () => {
    expect(isGeneric('aircraft engine')).toBe(true);
    expect(isGeneric('T-72')).toBe(false);
    expect(systemKey('ship engine')).toBeNull();
  });
});

describe('platformTypeOf', () => {
  it('classes SIPRI weapon descriptions', () => {
    expect(platformTypeOf('tank')).toBe('mbt');
    expect(platformTypeOf('self-propelled gun')).toBe('sph');
    expect(platformTypeOf('transport helicopter')).toBe('helicopter');
    expect(platformTypeOf('combat helicopter')).toBe('combat-helicopter');
    expect(platformTypeOf('IFV')).toBe('ifv');
    expect(platformTypeOf('self-propelled MRL')).toBe('mrl');
    expect(platformTypeOf('portable SAM')).toBe('sam');
    expect(platformTypeOf('FGA aircraft')).toBe('combat-aircraft');
    expect(platformTypeOf('transport aircraft')).toBe('other-aircraft');
    expect(platformTypeOf('aircraft engine')).toBe('engine');
    expect(platformTypeOf('something new')).toBe('other');
  });
});
