import { WorkerCreate } from '@shegong/contracts';
import { catalogueEntries, readCount, readText, uuidv7 } from '@shegong/core';
import { and, eq } from 'drizzle-orm';
import { organisations, socialWorkers } from '../../db/schema/index.ts';
import { audit } from '../../platform/audit/audit.ts';
import { regionWhere } from '../../platform/authz/scope.ts';
import { pinyinColumns } from '../../platform/db/search.ts';
import { q } from '../../platform/db/tx.ts';
import type { FieldProblem } from '../../platform/http/errors.ts';
import { issuesToProblems } from '../../platform/http/validation.ts';
import { type ImportContext, registerImportKind } from '../imports/import-kinds.ts';
import { identityColumns } from './workers.service.ts';

type Row = ReturnType<typeof identityColumns> & {
  name: string;
  mobile: string | null;
  education: string | null;
  major: string | null;
  organisationId: string;
  regionCode: string;
  qualificationLevel: string | null;
  certificateNo: string | null;
  certifiedYear: number | null;
};

/** Labels people write for a code: the catalogue's Chinese label, or the code itself. */
function byLabel(prefix: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const [key, label] of catalogueEntries('zh-CN', prefix)) {
    map.set(label, key.slice(prefix.length));
    map.set(key.slice(prefix.length), key.slice(prefix.length));
  }
  return map;
}
const LEVELS = byLabel('qualificationLevel.');
const EDUCATION = byLabel('education.');

async function memo<T>(context: ImportContext, key: string, load: () => Promise<T>): Promise<T> {
  if (!context.memo.has(key)) context.memo.set(key, await load());
  return context.memo.get(key) as T;
}

registerImportKind<Row>({
  kind: 'workers',
  permission: 'worker.import',
  sheetName: '社工人才',
  columns: [
    { key: 'name', header: '姓名', aliases: ['姓名', '社工姓名'], required: true, example: '林晓燕' },
    {
      key: 'idNumber',
      header: '身份证号码',
      aliases: ['身份证号码', '身份证号', '公民身份号码', '证件号码'],
      required: true,
      example: '44010519930722010X',
    },
    { key: 'mobile', header: '手机号码', aliases: ['手机号码', '联系电话', '手机', '电话'], example: '13800000006' },
    { key: 'education', header: '学历', aliases: ['学历', '最高学历'], example: '本科' },
    { key: 'major', header: '专业', aliases: ['专业', '所学专业'], example: '社会工作' },
    {
      key: 'organisation',
      header: '所属机构',
      aliases: ['所属机构', '工作单位', '机构名称', '单位'],
      example: '广州市海珠区启航社会工作服务中心',
    },
    { key: 'level', header: '职业水平等级', aliases: ['职业水平等级', '资格等级', '职业资格', '等级'], example: '社会工作师' },
    { key: 'certificateNo', header: '证书编号', aliases: ['证书编号', '资格证书编号', '证书号'], example: '2022440100123' },
    { key: 'certifiedYear', header: '取得年份', aliases: ['取得年份', '取证年份', '发证年份'], example: '2022' },
  ],

  async checkRow(cells, context) {
    const actor = context.actor;
    const orgs = await memo(context, 'orgs', async () => {
      const rows = await q()
        .select({ id: organisations.id, name: organisations.name, regionCode: organisations.regionCode })
        .from(organisations)
        .where(regionWhere(organisations.regionCode, actor));
      return new Map(rows.filter((o) => !actor.organisationId || o.id === actor.organisationId).map((o) => [o.name, o]));
    });
    const problems: FieldProblem[] = [];
    const orgName = readText(cells.organisation);
    const own = actor.organisationId ? [...orgs.values()][0] : undefined;
    const organisation = orgName ? orgs.get(orgName) : own;
    if (!organisation) problems.push({ path: 'organisationId', key: 'field.organisation_unknown' });
    const levelText = readText(cells.level);
    const level = levelText ? LEVELS.get(levelText) : 'none';
    if (!level) problems.push({ path: 'qualificationLevel', key: 'field.invalid' });
    const educationText = readText(cells.education);
    const education = educationText ? EDUCATION.get(educationText) : undefined;
    if (educationText && !education) problems.push({ path: 'education', key: 'field.invalid' });
    const input = {
      name: readText(cells.name),
      idNumber: readText(cells.idNumber).replace(/\s/g, ''),
      mobile: readText(cells.mobile) || undefined,
      major: readText(cells.major) || undefined,
      certificateNo: readText(cells.certificateNo) || undefined,
      certifiedYear: readCount(cells.certifiedYear) ?? undefined,
    };
    const parsed = WorkerCreate.safeParse(input, { reportInput: true });
    if (!parsed.success) problems.push(...issuesToProblems(parsed.error.issues));
    if (problems.length > 0 || !parsed.success || !organisation) return { problems };
    const identity = identityColumns(parsed.data.idNumber);
    const duplicateRow = context.memo.get(`id:${identity.idNumberHash}`);
    if (duplicateRow) problems.push({ path: 'idNumber', key: 'import.duplicate_in_file', params: { row: duplicateRow } });
    context.memo.set(`id:${identity.idNumberHash}`, context.rowNumber);
    const [onFile] = await q()
      .select({ id: socialWorkers.id })
      .from(socialWorkers)
      .where(eq(socialWorkers.idNumberHash, identity.idNumberHash));
    if (onFile) problems.push({ path: 'idNumber', key: 'field.id_number_taken' });
    if (input.certificateNo) {
      const [cert] = await q()
        .select({ id: socialWorkers.id })
        .from(socialWorkers)
        .where(and(eq(socialWorkers.certificateNo, input.certificateNo)));
      if (cert) problems.push({ path: 'certificateNo', key: 'field.certificate_taken' });
    }
    if (problems.length > 0) return { problems };
    return {
      problems,
      value: {
        ...identity,
        name: parsed.data.name,
        mobile: parsed.data.mobile ?? null,
        education: education ?? null,
        major: parsed.data.major ?? null,
        organisationId: organisation.id,
        regionCode: organisation.regionCode,
        qualificationLevel: level === 'none' ? null : (level ?? null),
        certificateNo: parsed.data.certificateNo ?? null,
        certifiedYear: parsed.data.certifiedYear ?? null,
      },
    };
  },

  async commit(rows) {
    for (let i = 0; i < rows.length; i += 500) {
      await q()
        .insert(socialWorkers)
        .values(rows.slice(i, i + 500).map((r) => ({ id: uuidv7(), ...r, ...pinyinColumns(r.name) })));
    }
    await audit({
      action: 'worker.import',
      objectType: 'worker',
      details: { created: rows.length },
    });
  },
});
