// The edges of an English word in the command's patterns: no ASCII letter, digit or underscore right before or
// after it, so that Chinese, punctuation and the URL placeholders all count as edges. One definition for every
// stage, imported as B and E to keep the patterns short enough to read.
export const WORD_START = '(?<![A-Za-z0-9_])';
export const WORD_END = '(?![A-Za-z0-9_])';
