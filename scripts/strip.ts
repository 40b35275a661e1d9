// `npm run eval -- --strip`: every text input with its Vietnamese marks taken off ("Ủy ban" -> "Uy ban", "Đ" -> "D"),
// as an old OCR without a Vietnamese model or a plain-ASCII export leaves an archive. Scoring such a text measures the
// restorer and the extractor together on documents the restorer was not tuned on.
import diacritics from 'diacritics';

export function stripMarks(text: string): string {
  // The package maps precomposed letters (and Đ/đ) one for one; combining marks are dropped after NFD.
  return diacritics.remove(text.normalize('NFC')).normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}
