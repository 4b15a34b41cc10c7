import type { AssignmentLetter } from '@shuangkong/contracts';
import type { ReactNode } from 'react';

/**
 * An official document laid out after GB/T 9704-2012 on A4: 版心 156 mm × 225 mm (top margin
 * 37 mm, left 28 mm); the 发文机关标志 in red 小标宋, the 发文字号 centred under it, the red
 * separator as wide as the 版心; the title in 2号 (22 pt) 小标宋, text in 3号 (16 pt) 仿宋 with a
 * two-character indent; the 发文机关署名 and 成文日期 right, with room for the seal; the 版记
 * (抄送, 印发) between black rules at the foot.
 */
const css = `
.sk-doc { width: 210mm; min-height: 297mm; box-sizing: border-box; padding: 37mm 26mm 35mm 28mm;
  background: #fff; color: #000; margin: 0 auto; box-shadow: 0 1px 8px rgba(0,0,0,.15);
  font-family: FangSong, STFangsong, "仿宋", "仿宋_GB2312", serif; font-size: 16pt; line-height: 28.9pt; }
.sk-doc .issuer { color: #d40000; text-align: center; font-family: "方正小标宋简体", STZhongsong, "华文中宋", SimSun, serif;
  font-size: 30pt; line-height: 1.2; letter-spacing: 2pt; margin-top: 10mm; }
.sk-doc .doc-number { text-align: center; margin-top: 16pt; }
.sk-doc .red-rule { border: 0; border-top: 2px solid #d40000; margin: 4mm 0 0; }
.sk-doc .title { text-align: center; font-family: "方正小标宋简体", STZhongsong, "华文中宋", SimSun, serif;
  font-size: 22pt; line-height: 1.5; margin: 28.9pt 0; }
.sk-doc .addressee { margin: 0; }
.sk-doc p.text { text-indent: 2em; margin: 0; text-align: justify; }
.sk-doc .signature { margin-top: 28.9pt; text-align: right; padding-right: 4em; position: relative; }
.sk-doc .seal { position: absolute; right: 2.5em; top: -14mm; width: 42mm; height: 42mm; border: 1px dashed #d40000;
  border-radius: 50%; color: #d40000; font-size: 10pt; display: flex; align-items: center; justify-content: center; opacity: .6; }
.sk-doc .footer { margin-top: 18mm; font-size: 14pt; line-height: 24pt; }
.sk-doc .footer .rule { border-top: 1px solid #000; }
.sk-doc .footer .thin { border-top: 0.5px solid #000; }
.sk-doc .footer .row { display: flex; justify-content: space-between; padding: 0 1em; }
@media print { .sk-doc { box-shadow: none; margin: 0; } }
@page { size: A4 portrait; margin: 0; }
`;

export function OfficialDocumentStyle() {
  return <style>{css}</style>;
}

export function DocumentHeader({ issuer, docNumber }: { issuer: string; docNumber: string }) {
  return (
    <>
      <div className="issuer" data-testid="doc-issuer">
        {issuer}文件
      </div>
      <div className="doc-number" data-testid="doc-number">
        {docNumber}
      </div>
      <hr className="red-rule" />
    </>
  );
}

export function DocumentFooter({
  copyTo,
  printedBy,
  printedOn,
}: {
  copyTo: string;
  printedBy: string;
  printedOn: string;
}) {
  return (
    <div className="footer">
      <div className="rule" />
      <div className="row">
        <span>抄送：{copyTo}。</span>
      </div>
      <div className="thin" />
      <div className="row">
        <span>{printedBy}</span>
        <span>{printedOn}印发</span>
      </div>
      <div className="rule" />
    </div>
  );
}

export function DocumentSignature({
  signatory,
  dateText,
  seal,
}: {
  signatory: string;
  dateText: string;
  seal: ReactNode;
}) {
  return (
    <div className="signature">
      <div className="seal">{seal}</div>
      <div>{signatory}</div>
      <div data-testid="doc-date">{dateText}</div>
    </div>
  );
}

/** The 交办函 as issued. */
export function LetterDocument({ letter }: { letter: AssignmentLetter }) {
  const numerals = ['一', '二', '三', '四', '五', '六', '七', '八'];
  return (
    <div className="sk-doc" data-testid="assignment-letter">
      <OfficialDocumentStyle />
      <DocumentHeader issuer={letter.issuerName} docNumber={letter.docNumber} />
      <div className="title" data-testid="doc-title">
        {letter.title}
      </div>
      <p className="addressee">{letter.addressee}：</p>
      {letter.paragraphs.map((p) => (
        <p className="text" key={p}>
          {p}
        </p>
      ))}
      {letter.requirements.map((r, i) => (
        <p className="text" key={r}>
          {numerals[i] ?? i + 1}、{r}
        </p>
      ))}
      <DocumentSignature signatory={letter.signatory} dateText={letter.issuedOnText} seal="（印章）" />
      <DocumentFooter copyTo={letter.copyTo} printedBy={letter.printedBy} printedOn={letter.issuedOnText} />
    </div>
  );
}
