// A backup taken off in an edit: "remove the backup", "no backup", "drop the fallback", "turn off the backup", 去掉备用源,
// 删除备源, 不要垫片了, 备用源去掉. ModifyLivePullStreamTask takes BackupSourceType and BackupSourceUrl (lifecycle-api.md),
// but nothing documents a value that clears them: an empty URL is no URL the create call takes, and a type must be one
// of the two source types. Sent anyway, the API might keep the old backup while the bot said it was gone, and the
// operator would learn otherwise only when the live source dropped. So it is refused, with what can be done instead (a
// new backup, or a new relay without one). It had been refused only as words not understood.
import type { Extractor } from './extractors.js';
import { WORD_START as B, WORD_END as E } from './word-edges.js';

const EN_BACKUP = '(?:backup|back-up|fallback|failover|slate|standby)(?:[\\s_-]*(?:source|url|stream|feed|file|video))?s?';
const ZH_BACKUP = '备用源|备份源|备用流|备份流|备源|容灾(?:源|流)|备(?:用|份)(?:直播|点播)?(?:地址|链接|视频|文件|源地址|流地址)|垫片(?:视频|文件|地址)?|备用|备份';
// Not before a URL: "remove the backup <url>" names which one, and "no backup <url>" is no clear wish either way; those
// are left to the backup stage and the words around it.
const NO_URL_AFTER = '(?!\\s*[:=：]?\\s*\\uE000)';

const CLEARED =
  `${B}(?:(?:remove|delete|drop|clear|erase|disable|cancel|kill|ditch)\\s+(?:the\\s+|its\\s+|any\\s+)?${EN_BACKUP}(?:\\s+out)?` +
  `|(?:take|turn|switch)\\s+(?:off|out)\\s+(?:the\\s+|its\\s+)?${EN_BACKUP}|(?:take|turn|switch)\\s+(?:the\\s+|its\\s+)?${EN_BACKUP}\\s+(?:off|out)` +
  `|get\\s+rid\\s+of\\s+(?:the\\s+|its\\s+)?${EN_BACKUP}` +
  `|no\\s+(?:more\\s+)?${EN_BACKUP}|without\\s+(?:a\\s+|any\\s+|the\\s+)?${EN_BACKUP}|(?:the\\s+)?${EN_BACKUP}\\s+(?:removed|deleted|off|disabled))${E}${NO_URL_AFTER}` +
  `|(?:去掉|去除|删除|删掉|清空|清除|清掉|移除|取消|不要|不需要|不用|关掉|关闭|停用)(?:一下)?(?:这个|那个|原来的|现在的)?(?:${ZH_BACKUP})了?${NO_URL_AFTER}` +
  `|(?:${ZH_BACKUP})(?:清空|删除|删掉|去掉|清除|不要了|关掉|关闭|停用|取消)了?`;

export const BACKUP_CLEARED: Extractor = {
  option: 'backup',
  pattern: new RegExp(CLEARED, 'giu'),
  apply(_groups, draft) {
    draft.errors.push({ code: 'InvalidParameter', field: 'BackupSourceUrl', key: 'parse.changes.backupNotRemovable' });
    return true;
  },
};
