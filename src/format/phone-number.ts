/**
 * A phone number as the city wrote it -> a `tel:` link and the way people of the city's country
 * write it ("+33 2 61 91 00 00" -> "02 61 91 00 00" in France). Anything that is not a phone number
 * gives `undefined`: the element shows the text without a link and warns in the console.
 */
export interface PhoneNumber {
  href: string;
  display: string;
}

/** Calling code and how national numbers are grouped, for the seed countries. */
const COUNTRIES: Record<string, { code: string; group: (national: string) => string }> = {
  FR: { code: '33', group: (n) => n.replace(/(\d{2})(?=\d)/g, '$1 ') },
  CH: { code: '41', group: (n) => n.replace(/^(\d{3})(\d{3})(\d{2})(\d{2})$/, '$1 $2 $3 $4') },
  IT: { code: '39', group: (n) => n.replace(/^(\d{2,4})(\d{3,4})(\d{3,4})$/, '$1 $2 $3') },
  DE: { code: '49', group: (n) => n.replace(/^(\d{3,5})(\d+)$/, '$1 $2') },
  BR: { code: '55', group: (n) => n.replace(/^(\d{2})(\d{4,5})(\d{4})$/, '($1) $2-$3') },
};

export function phoneNumber(raw: string | undefined, country: string): PhoneNumber | undefined {
  if (!raw || !/^[+\d][\d\s().\-/]*$/.test(raw.trim())) return undefined;
  const digits = raw.replace(/[^\d]/g, '');
  const international = raw.trim().startsWith('+') ? digits : raw.trim().startsWith('00') ? digits.slice(2) : undefined;
  if (!international) {
    // A short service number (3939, 156, 311) or a national number: kept as written.
    if (digits.length < 3 || digits.length > 15) return undefined;
    const known = COUNTRIES[country];
    const href =
      known && digits.startsWith('0') && digits.length > 6 ? `tel:+${known.code}${digits.slice(1)}` : `tel:${digits}`;
    return { href, display: raw.trim() };
  }
  if (international.length < 7 || international.length > 15) return undefined;
  const home = COUNTRIES[country];
  const display =
    home && international.startsWith(home.code)
      ? home.group(`${country === 'BR' ? '' : '0'}${international.slice(home.code.length)}`)
      : `+${international}`;
  return { href: `tel:+${international}`, display };
}
