/**
 * One document, one number: how a legal document's number (số hiệu) and issuing body (cơ quan
 * ban hành) are stored and compared. Text pasted from Word, PDFs, e-mail or chat brings invisible
 * differences — a trailing or doubled space, a no-break space, a zero-width space, an en dash
 * for the hyphen, a decomposed "ả" — that a reader cannot see but an exact comparison can.
 */

/**
 * Invisible format characters (Unicode category Cf): zero-width space/joiners, word joiner,
 * byte-order mark, soft hyphen, direction marks. None belongs in a number or a body's name.
 */
const INVISIBLE = /\p{Cf}/gu

/** Every kind of space and line break, no-break and ideographic spaces included. */
const SPACES = /[\s\p{Zs}]+/gu

/**
 * Dashes and minus signs people type or paste for the hyphen: U+2010–U+2015 (hyphen, non-breaking
 * hyphen, figure dash, en dash, em dash, horizontal bar), U+2212 minus, U+FE58 small em dash,
 * U+FE63 small hyphen-minus, U+FF0D full-width hyphen-minus.
 */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g

/**
 * The display form of a one-line name such as an issuing body: invisible characters removed,
 * NFC, every run of spaces one plain space, trimmed. Case and punctuation stay as typed.
 *
 * @example
 * cleanText(' UBND  thành\u00A0phố Hải Phòng\u200B ') // 'UBND thành phố Hải Phòng'
 */
export function cleanText(input: string): string {
  return input.replace(INVISIBLE, '').normalize('NFC').replace(SPACES, ' ').trim()
}

/**
 * The display form of a document number: as `cleanText`, with every dash an ASCII hyphen and no
 * spaces at all (numbers have none: "281 / KH–UBND" is 281/KH-UBND). Letter case is kept, not
 * upper-cased: official numbers mix it ("844/QĐ-TTg", TTg being Thủ tướng), so upper case would
 * misspell them; `documentKey` compares them case-insensitively instead.
 *
 * @example
 * cleanDocumentNumber(' 281 / KH–UBND ') // '281/KH-UBND'
 * cleanDocumentNumber('844/QĐ-TTg') // '844/QĐ-TTg'
 */
export function cleanDocumentNumber(input: string): string {
  return cleanText(input).replace(DASHES, '-').replace(/ /g, '')
}

/**
 * The comparison key of a piece of text: its `cleanText` form with every dash a hyphen, in
 * Vietnamese lower case. Two spellings a reader would take for the same have the same key.
 *
 * @example
 * comparisonKey('UBND  Thành phố Hải Phòng ') // 'ubnd thành phố hải phòng'
 * comparisonKey('KH\u2013UBND') // 'kh-ubnd'
 */
export function comparisonKey(input: string): string {
  return cleanText(input).replace(DASHES, '-').toLocaleLowerCase('vi').normalize('NFC')
}

/**
 * The identity of a legal document: its number within its issuing body, as one comparison key
 * (`comparisonKey` of the cleaned number, a space, `comparisonKey` of the body — a cleaned
 * number has no spaces, so the first space always ends it). Two notices with the same key are
 * the same document; the CMS stores it in the hidden, indexed `documentKey` field and refuses a
 * second notice with it.
 *
 * @example
 * documentKey('281/KH–UBND', 'UBND  Thành phố Hải Phòng ') // '281/kh-ubnd ubnd thành phố hải phòng'
 * documentKey('281/kh-ubnd', 'UBND thành phố Hải Phòng') // '281/kh-ubnd ubnd thành phố hải phòng'
 */
export function documentKey(documentNumber: string, issuingBody: string): string {
  return `${comparisonKey(cleanDocumentNumber(documentNumber))} ${comparisonKey(issuingBody)}`
}
