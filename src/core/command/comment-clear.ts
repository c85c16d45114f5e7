// A comment taken off in an edit: "remove the comment", "clear the note", "delete the comment", "no comment", "no more
// comment", 去掉备注, 删除备注, 清空备注, 备注清空, 不要备注了. ModifyLivePullStreamTask takes Comment as a string with no
// least length (lifecycle-api.md; CreateLivePullStreamTask.txt: "not longer than 512 bytes"), so an empty one is what
// clears it. They had been refused as words not understood, and the only way left was to type comment "".
import type { Extractor } from './extractors.js';
import { WORD_START as B, WORD_END as E } from './word-edges.js';

const EN_COMMENT = '(?:comment|note|remark|memo|description)s?';
const ZH_COMMENT = '备注(?:信息|内容)?|说明|描述';

const CLEARED =
  `${B}(?:(?:remove|clear|delete|drop|erase|wipe|empty|blank)\\s+(?:out\\s+)?(?:the\\s+|its\\s+)?${EN_COMMENT}(?:\\s+out)?` +
  `|no\\s+(?:more\\s+)?${EN_COMMENT}|without\\s+(?:a\\s+|any\\s+)?${EN_COMMENT}|(?:the\\s+)?${EN_COMMENT}\\s+(?:removed|cleared|deleted))${E}` +
  `|(?:去掉|去除|删除|删掉|清空|清除|清掉|移除|取消|不要|不需要|不用)(?:一下)?(?:这个|那个)?(?:${ZH_COMMENT})了?` +
  `|(?:${ZH_COMMENT})(?:清空|删除|删掉|去掉|清除|不要了|留空|置空)了?`;

export const COMMENT_CLEARED: Extractor = {
  option: 'comment',
  pattern: new RegExp(CLEARED, 'giu'),
  apply(_groups, draft) {
    if (draft.comment !== undefined) {
      draft.errors.push({ code: 'InvalidParameter', field: 'command', key: 'parse.duplicateOption', params: { option: 'comment' } });
      return true;
    }
    draft.comment = '';
    return true;
  },
};
