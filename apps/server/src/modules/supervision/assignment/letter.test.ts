import { describe, expect, it } from 'vitest';
import { formatDocumentNumber, issuerAbbreviation } from './document-number.ts';
import { buildLetter, documentDateText } from './letter.ts';

describe('发文字号', () => {
  it('takes the place and the department for the 机关代字', () => {
    expect(issuerAbbreviation('青溪县应急管理局')).toBe('青应急');
    expect(issuerAbbreviation('青溪县住房和城乡建设局')).toBe('青住房');
    expect(issuerAbbreviation('临港工业园区管委会')).toBe('临管委');
  });
  it('writes the year in 六角括号 and the number without zeros or 第', () => {
    expect(formatDocumentNumber('青溪县应急管理局', 'letter', 2026, 12)).toBe('青应急交〔2026〕12号');
    expect(formatDocumentNumber('青溪县应急管理局', 'weeklyDispatch', 2026, 1)).toBe('青应急调〔2026〕1号');
    expect(formatDocumentNumber('青溪县应急管理局', 'monthlyNotice', 2027, 3)).toBe('青应急通〔2027〕3号');
  });
});

describe('the letter', () => {
  it('writes the 成文日期 in full without leading zeros', () => {
    expect(documentDateText('2026-01-05')).toBe('2026年1月5日');
    expect(documentDateText('2026-12-04')).toBe('2026年12月4日');
  });
  it('says what was graded, what to do and by when', () => {
    const letter = buildLetter({
      issuerName: '青溪县应急管理局',
      docNumber: '青应急交〔2026〕1号',
      enterpriseName: '青溪县宏达化工有限公司',
      unitName: '液氯储罐',
      objectName: '液氯罐区',
      level: 'significant',
      gradedOn: '2026-12-01',
      accidentTypes: ['中毒和窒息', '火灾'],
      measures: ['设置有毒气体报警', '紧急切断'],
      respondBy: '2026-12-18',
      issuedOn: '2026-12-03',
    });
    expect(letter.title).toBe('关于交办青溪县宏达化工有限公司较大安全风险治理的函');
    expect(letter.addressee).toBe('青溪县宏达化工有限公司');
    expect(letter.paragraphs[0]).toContain('中毒和窒息、火灾');
    expect(letter.requirements.join()).toContain('（1）设置有毒气体报警；（2）紧急切断');
    expect(letter.requirements.join()).toContain('2026年12月18日前');
    expect(letter.issuedOnText).toBe('2026年12月3日');
  });
});
