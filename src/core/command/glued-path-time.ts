// "推流到 live/20点 持续2小时", "to live/8点 明晚8点到10点": a stream path whose last digits run straight into 点 / 时 /
// 号 / 日 / 分. The path stage no longer takes it (the stream had been 'live/20', the 点 dropped and the relay started
// now, silently), so the command was refused as having no destination beside "live/" not understood, which did not
// say what was wrong. "No destination" gives way to a message quoting the glued text: a stream name holds only
// letters, digits, '_' and '-', so put a space between the stream and the time. The "live/" not understood is part
// of the same text and is not reported twice. A push URL run into a time ("rtmp://…/live/20点") is still its
// destination (the URL had ended at the 点 and the relay started now, silently), refused by the same message from the
// glued-URL check below.
import type { RelayError } from '../errors.js';

const GLUED_PATH_TIME =
  /(?:^|\s)(?:(?:to|into|转推到|推流到|转推至|推流至|推送到|推到|到)\s*)?([A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]*)?\/[A-Za-z0-9_.-]*\d[点时号日分][\u4e00-\u9fff\d]*)/i;

/** The refusal for a stream path or push URL run into a time ("live/20点"), quoting `glued` as typed. */
export function pathGluedToTime(glued: string): RelayError {
  return { code: 'InvalidParameter', field: 'StreamName', key: 'parse.pathGluedToTime', params: { path: glued } };
}

/** The errors with "no destination" replaced by parse.pathGluedToTime when the path ran into a Chinese time word. */
export function explainPathGluedToTime(text: string, errors: RelayError[]): RelayError[] {
  const found = GLUED_PATH_TIME.exec(text);
  if (!found || !errors.some((error) => error.key === 'parse.noDestination')) return errors;
  const glued = found[1]!;
  const partOfGlued = (error: RelayError) =>
    error.key === 'parse.unrecognized' && String(error.params?.words ?? '').split(/\s+/).every((word) => word !== '' && glued.includes(word));
  return errors
    .filter((error) => !partOfGlued(error))
    .map((error) => (error.key === 'parse.noDestination' ? pathGluedToTime(glued) : error));
}

/** parse.pathGluedToTime when a push URL, as typed, ran straight from its last digit into 点 / 时 / 号 / 日 / 分. */
export function destinationUrlGluedToTime(text: string, destinationUrls: string[]): RelayError | undefined {
  const glued = destinationUrls.find((url) => /\d$/.test(url) && text.includes(url) && /^[点时号日分]/.test(text.slice(text.indexOf(url) + url.length)));
  if (glued === undefined) return undefined;
  const unit = /^[点时号日分][\u4e00-\u9fff\d]*/.exec(text.slice(text.indexOf(glued) + glued.length))![0];
  return pathGluedToTime(glued + unit);
}
