// An edit that is nothing but pause or resume, said with its object ("恢复播放", "继续直播", "暂停一下"). Read word by
// word, 恢复 was resume and 播放 was left over as a time nobody gave (refused for want of a time), and 直播 was the
// kind, which an edit cannot change. 继续 resumes only when said so, alone: before an extension or an end it is
// "further" (继续延长半小时, 继续播到11点), and had resumed a paused relay without a word.

// "先暂停" (pause for now), "继续推" (go on pushing): said alone, they are pause and resume too.
const RESUME_ALONE = /^(?:恢复|继续)(?:播放|直播|推流|转推|推|播)?(?:一下)?$/;
const PAUSE_ALONE = /^先?暂停(?:播放|直播|推流|转推|推|播)?(?:一下)?$/;
const CLOSING_MARKS = /[\s。.!！~～]+$/;

/** The status the whole edit asks for when it says nothing else; undefined otherwise. */
export function statusSaidAlone(text: string): 'enable' | 'pause' | undefined {
  const said = text.trim().replace(CLOSING_MARKS, '');
  if (RESUME_ALONE.test(said)) return 'enable';
  if (PAUSE_ALONE.test(said)) return 'pause';
  return undefined;
}
