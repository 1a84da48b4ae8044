/** UI strings of the service ledger page (服务台账); column and measure names come from @shegong/core. en must have the same keys. */
export const zh = {
  'ledgerPage.subtitle': '每一次探访、服务、小组和活动都记入台账；按期间、站点、类别筛选，导出为民政常用格式',
  'ledgerPage.ledgerName': '服务台账',
  'ledgerPage.thisMonth': '本月',
  'ledgerPage.lastMonth': '上月',
  'ledgerPage.thisYear': '今年',
  'ledgerPage.cases': '在案个案',
  'ledgerPage.newCases': '新开 {n}',
  'ledgerPage.filteredTotal': '筛选结果合计服务人次',
  'ledgerPage.import': '导入台账',
  'ledgerPage.importHint': '选择这份 Excel 台账所属的站点。导入前会逐行检查并预览，已建档的人员自动归入其档案。',
  'ledgerPage.next': '下一步',
  // Columns of a ledger workbook the import reads but keeps no field for (named in the preview).
  'imports.field.age': '年龄',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'ledgerPage.subtitle':
    'Every visit, service, group session and activity is on the ledger; filter by period, station and category, export in the bureau’s format',
  'ledgerPage.ledgerName': 'Service ledger',
  'ledgerPage.thisMonth': 'This month',
  'ledgerPage.lastMonth': 'Last month',
  'ledgerPage.thisYear': 'This year',
  'ledgerPage.cases': 'Active cases',
  'ledgerPage.newCases': '{n} new',
  'ledgerPage.filteredTotal': 'Person-times of the filtered rows',
  'ledgerPage.import': 'Import ledger',
  'ledgerPage.importHint':
    'Choose the station whose Excel ledger this is. Rows are checked and previewed first; people on file are attached to their files.',
  'ledgerPage.next': 'Next',
  'imports.field.age': 'Age',
};
