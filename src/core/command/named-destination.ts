// The destination said by its parts instead of as a path: "app live stream evening", "AppName=live StreamName=evening
// DomainName=push.example.com" (the API page's names), 应用名 live 流名称 evening, and a path with its domain said apart:
// "to live/evening on push.other.com", 转推到 push.other.com 的 live/evening. Each had been "say where to push" and words
// not understood. Runs before the "to app/stream" stage, which would take the path and leave the domain behind.
import type { Extractor } from './extractors.js';
import { WORD_START as B, WORD_END as E } from './word-edges.js';

/** A name as typed; validation says what a stream or app name may hold. */
const NAME = '([A-Za-z0-9_][A-Za-z0-9_.-]*)';
/** A host name with a dot and a top-level domain of letters (never a time such as 8.30). */
const DOMAIN = '((?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,})';
const LABEL_VALUE = '\\s*[:=：]?\\s*';
const SEPARATOR = '\\s*[,，;；]?\\s*(?:and\\s+)?';
const EN_DOMAIN = `(?:push\\s+)?domain(?:[-_ ]?name)?${LABEL_VALUE}${DOMAIN}`;
const ZH_DOMAIN = `(?:推流域名|域名|DomainName)${LABEL_VALUE}${DOMAIN}`;
const EN_PARTS =
  `${B}(?:(?:to|into)\\s+)?(?:${EN_DOMAIN}${SEPARATOR})?app(?:lication)?(?:[-_ ]?name)?${LABEL_VALUE}${NAME}${SEPARATOR}` +
  `stream(?:[-_ ]?(?:name|key))?${LABEL_VALUE}${NAME}(?:${SEPARATOR}${EN_DOMAIN})?${E}`;
const ZH_PARTS =
  `(?:(?:转推到|推流到|推到)\\s*)?(?:${ZH_DOMAIN}\\s*[，,；;]?\\s*)?(?:应用名称|应用名|应用|AppName)${LABEL_VALUE}${NAME}\\s*[，,；;]?\\s*` +
  `(?:流名称|流名|流ID|StreamName)${LABEL_VALUE}${NAME}(?:\\s*[，,；;]?\\s*${ZH_DOMAIN})?`;
// The stream named first ("stream name evening app live", 流名称 evening 应用名 live), as people read a push URL back:
// refused as "say where to push" with "name app" not understood.
const EN_APP = `app(?:lication)?(?:[-_ ]?name)?${LABEL_VALUE}${NAME}`;
const EN_STREAM = `stream(?:[-_ ]?(?:name|key))?${LABEL_VALUE}${NAME}`;
const EN_PARTS_STREAM_FIRST = `${B}(?:(?:to|into)\\s+)?(?:${EN_DOMAIN}${SEPARATOR})?${EN_STREAM}${SEPARATOR}${EN_APP}(?:${SEPARATOR}${EN_DOMAIN})?${E}`;
const ZH_PARTS_STREAM_FIRST =
  `(?:(?:转推到|推流到|推到)\\s*)?(?:${ZH_DOMAIN}\\s*[，,；;]?\\s*)?(?:流名称|流名|流ID|StreamName)${LABEL_VALUE}${NAME}\\s*[，,；;]?\\s*` +
  `(?:应用名称|应用名|应用|AppName)${LABEL_VALUE}${NAME}(?:\\s*[，,；;]?\\s*${ZH_DOMAIN})?`;
const PATH = '([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]*[A-Za-z0-9_-])';
const EN_PATH_ON_DOMAIN = `${B}(?:to|into)\\s+${PATH}\\s+(?:on|at|@|via)\\s+${DOMAIN}${E}`;
const ZH_DOMAIN_THEN_PATH = `(?:转推到|推流到|推到|转推至|推流至)\\s*${DOMAIN}\\s*(?:的|上的|上)\\s*${PATH}(?![A-Za-z0-9_/.-])`;

export const NAMED_DESTINATION: Extractor = {
  option: 'to',
  pattern: new RegExp([EN_PARTS, ZH_PARTS, EN_PATH_ON_DOMAIN, ZH_DOMAIN_THEN_PATH, EN_PARTS_STREAM_FIRST, ZH_PARTS_STREAM_FIRST].join('|'), 'giu'),
  apply(groups, draft) {
    const [enDomainBefore, enApp, enStream, enDomainAfter, zhDomainBefore, zhApp, zhStream, zhDomainAfter, pathApp, pathStream, pathDomain, zhPathDomain, zhPathApp, zhPathStream] =
      groups;
    const [enDomainBefore2, enStream2, enApp2, enDomainAfter2, zhDomainBefore2, zhStream2, zhApp2, zhDomainAfter2] = groups.slice(14);
    const app = enApp ?? zhApp ?? pathApp ?? zhPathApp ?? enApp2 ?? zhApp2;
    const stream = enStream ?? zhStream ?? pathStream ?? zhPathStream ?? enStream2 ?? zhStream2;
    // "to 4/25 on example.com" is no destination: an app/stream path has a letter in it.
    if (app === undefined || stream === undefined || !/[A-Za-z]/.test(`${app}${stream}`)) return false;
    const domain =
      enDomainBefore ?? enDomainAfter ?? zhDomainBefore ?? zhDomainAfter ?? pathDomain ?? zhPathDomain ?? enDomainBefore2 ?? enDomainAfter2 ?? zhDomainBefore2 ?? zhDomainAfter2;
    draft.destinations.push({ kind: 'path', ...(domain !== undefined ? { domain } : {}), app, stream });
    return true;
  },
};
