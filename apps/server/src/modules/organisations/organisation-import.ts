import { parseUscc, readDate, readText, uuidv7 } from '@shegong/core';
import { organisations } from '../../db/schema/index.ts';
import { audit } from '../../platform/audit/audit.ts';
import { pinyinColumns } from '../../platform/db/search.ts';
import { q } from '../../platform/db/tx.ts';
import type { FieldProblem } from '../../platform/http/errors.ts';
import { registerImportKind } from '../imports/import-kinds.ts';
import { RegionNames } from '../regions/region-names.ts';

interface OrganisationImportRow {
  name: string;
  uscc: string | null;
  usccChecksumOk: boolean | null;
  type: string;
  regionCode: string;
  address: string | null;
  contactName: string | null;
  contactPhone: string | null;
  legalRepresentative: string | null;
  registeringAuthority: string | null;
  registeredOn: string | null;
}

const TYPES: Record<string, string> = {
  社会团体: 'social_group',
  民办非企业单位: 'private_non_enterprise',
  社会服务机构: 'private_non_enterprise',
  民非: 'private_non_enterprise',
  基金会: 'foundation',
};

registerImportKind<OrganisationImportRow>({
  kind: 'organisations',
  permission: 'organisation.import',
  sheetName: '社工机构',
  columns: [
    {
      key: 'name',
      header: '机构名称',
      aliases: ['机构名称', '单位名称', '名称', '社会组织名称'],
      required: true,
      example: '广州市海珠区启航社会工作服务中心',
    },
    { key: 'uscc', header: '统一社会信用代码', aliases: ['统一社会信用代码', '信用代码', '社会信用代码'], example: '52440105MJL0886100' },
    { key: 'type', header: '机构类型', aliases: ['机构类型', '类型', '组织类型'], required: true, example: '民办非企业单位' },
    {
      key: 'region',
      header: '所在区划',
      aliases: ['所在区划', '所在镇街', '所属区域', '区划', '镇街', '区域'],
      required: true,
      example: '海珠区南华西街道',
    },
    { key: 'address', header: '地址', aliases: ['地址', '住所', '办公地址', '注册地址'], example: '同福西路112号' },
    { key: 'legalRepresentative', header: '法定代表人', aliases: ['法定代表人', '法人代表', '法人'], example: '黄嘉欣' },
    { key: 'contactName', header: '联系人', aliases: ['联系人'], example: '黄嘉欣' },
    { key: 'contactPhone', header: '联系电话', aliases: ['联系电话', '手机', '手机号码', '电话'], example: '13826041187' },
    { key: 'registeringAuthority', header: '登记管理机关', aliases: ['登记管理机关', '登记机关'], example: '广州市海珠区民政局' },
    { key: 'registeredOn', header: '登记日期', aliases: ['登记日期', '成立日期', '成立时间'], example: '2016-05-12' },
  ],

  async checkRow(cells, context) {
    const problems: FieldProblem[] = [];
    let regionNames = context.memo.get('regions') as RegionNames | undefined;
    if (!regionNames) {
      regionNames = await RegionNames.load(context.actor.regionCode);
      context.memo.set('regions', regionNames);
    }
    const name = readText(cells.name);
    if (!name) problems.push({ path: 'name', key: 'field.required' });
    const usccText = readText(cells.uscc).toUpperCase();
    let uscc: ReturnType<typeof parseUscc> | null = null;
    if (usccText) {
      uscc = parseUscc(usccText);
      if (!uscc.ok) problems.push({ path: 'uscc', key: `field.uscc_${uscc.problem}` });
      let onFile = context.memo.get('existingUscc') as Set<string | null> | undefined;
      if (!onFile) {
        onFile = new Set((await q().select({ uscc: organisations.uscc }).from(organisations)).map((r) => r.uscc));
        context.memo.set('existingUscc', onFile);
      }
      if (onFile.has(usccText)) problems.push({ path: 'uscc', key: 'field.uscc_taken' });
      const seen = context.memo.get(`uscc:${usccText}`);
      if (seen) problems.push({ path: 'uscc', key: 'import.duplicate_in_file', params: { row: seen } });
      context.memo.set(`uscc:${usccText}`, context.rowNumber);
    }
    const type = TYPES[readText(cells.type).replace(/[（(].*$/, '')];
    if (!type) problems.push({ path: 'type', key: 'import.type_unknown' });
    const regionText = readText(cells.region);
    const region = regionText ? regionNames.resolve(regionText) : { problem: 'not_found' as const };
    if ('problem' in region) {
      problems.push({
        path: 'regionCode',
        key: region.problem === 'ambiguous' ? 'import.region_ambiguous' : 'import.region_not_found',
        params: { name: regionText },
      });
    }
    const phone = readText(cells.contactPhone);
    if (phone && !/^1[3-9]\d{9}$/.test(phone) && !/^[\d\-+() ]{5,20}$/.test(phone))
      problems.push({ path: 'contactPhone', key: 'field.mobile' });
    let registeredOn: string | null = null;
    if (readText(cells.registeredOn)) {
      const date = readDate(cells.registeredOn);
      if (date.ok) registeredOn = date.date;
      else problems.push({ path: 'registeredOn', key: date.problem === 'no_year' ? 'import.date_no_year' : 'import.date_invalid' });
    }
    if (problems.length > 0 || !type || 'problem' in region) return { problems };
    return {
      problems,
      value: {
        name,
        uscc: uscc?.ok ? uscc.code : null,
        usccChecksumOk: uscc?.ok ? uscc.checksumOk : null,
        type,
        regionCode: region.code,
        address: readText(cells.address) || null,
        contactName: readText(cells.contactName) || null,
        contactPhone: phone || null,
        legalRepresentative: readText(cells.legalRepresentative) || null,
        registeringAuthority: readText(cells.registeringAuthority) || null,
        registeredOn,
      },
    };
  },

  /** All or nothing: a code registered since the preview makes the whole commit fail with a field error. */
  async commit(rows) {
    for (let i = 0; i < rows.length; i += 500) {
      await q()
        .insert(organisations)
        .values(rows.slice(i, i + 500).map((r) => ({ id: uuidv7(), ...r, ...pinyinColumns(r.name) })));
    }
    await audit({
      action: 'organisation.import',
      objectType: 'organisation',
      details: { created: rows.length },
    });
  },
});
