import type { Writable } from 'node:stream';
import type { RegisterRowFilter } from '@shuangkong/contracts';
import type { Db } from '../../risk.database.ts';
import type { Actor } from '../../../identity/index.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { presentRegisterCells } from '../register-list.presenter.ts';
import { listRegisterRows } from '../register-list.repository.ts';
import { shanghaiTime, writeRegisterWorkbook } from '../register-workbook.ts';

/** Loads the register for export; the rows are read before the response starts, so errors still answer as JSON. */
export async function prepareRegisterExport(
  db: Db,
  actor: Actor,
  enterpriseId: string,
  filter: RegisterRowFilter,
  now = new Date(),
) {
  const enterprise = await VisibleEnterprise.load(db, actor, enterpriseId);
  const rows = await listRegisterRows(db, enterprise, filter);
  const title = `${enterprise.name} 风险管控清单（导出时间：${shanghaiTime(now)}）`;
  const filename = `风险管控清单-${shanghaiTime(now).slice(0, 10)}.xlsx`;
  return {
    filename,
    write: (out: Writable) =>
      writeRegisterWorkbook(
        out,
        title,
        rows.map((r, i) => presentRegisterCells(r, i + 1)),
      ),
  };
}
