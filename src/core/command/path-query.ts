// "to live/x?txSecret=…&txTime=…": a stream path with a query, as a push address's tail is copied. Only a whole push
// URL may carry a query (the path alone is completed with the default domain, which a signature was not made for),
// so it is no destination; the command was refused as having none ("Say where to push", beside "live/x
// txsecret=****" not understood), which did not say what was wrong. "No destination" gives way to a message naming
// the path (never the query, which holds the secret) and what to write instead.
import type { RelayError } from '../errors.js';

const PATH_WITH_QUERY = /(?:^|\s)(?:to|into|转推到|推流到|推到|到)\s*([A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+){1,2})\?(?=\S)/i;

/** The errors with "no destination" replaced by parse.pathWithQuery when the destination was a path with a query. */
export function explainPathWithQuery(text: string, errors: RelayError[]): RelayError[] {
  const found = PATH_WITH_QUERY.exec(text);
  if (!found) return errors;
  return errors.map((error) =>
    error.key === 'parse.noDestination' ? { code: 'InvalidParameter', field: 'StreamName', key: 'parse.pathWithQuery', params: { path: found[1]! } } : error,
  );
}
