/** Messages of Excel imports and exports. */
export const zh = {
  'import.no_header': '没有找到表头：请确认第一张工作表含有列名（如“机构名称”“姓名”）',
  'import.unreadable': '无法读取该文件，请确认是 .xlsx 格式的 Excel 文件',
  'import.not_xlsx': '请上传 .xlsx 格式的 Excel 文件（旧版 .xls 请先另存为 .xlsx）',
  'import.not_ready': '导入尚未检查完成，或已经导入过',
  'import.row_number': '行号',
  'import.problems': '问题',
  'import.duplicate_in_file': '与文件中第 {row} 行重复',
  'import.region_not_found': '找不到区划“{name}”，请填写区县或镇街名称，或 12 位区划代码',
  'import.region_ambiguous': '区划“{name}”不唯一，请写全（如“海珠区南华西街道”）或填写区划代码',
  'import.type_unknown': '机构类型应为：社会团体、民办非企业单位、基金会',
  'import.date_no_year': '日期缺少年份，请补全（不会自动猜测）',
  'import.date_invalid': '日期无法识别，请写成 2023-05-01 或 2023年5月1日',
  'import.exists': '已存在相同记录',
  'import.too_large_unpacked': '文件解压后超过 {maxMb} MB（上限见设置“import.maxUnpackedMb”）：请把表格拆成几个文件分批导入',
  'import.too_many_rows': '工作表超过 {maxRows} 行（上限见设置“import.maxRows”）：请把表格拆成几个文件分批导入',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'import.no_header': 'No header row found: the first sheet needs column names (e.g. 机构名称, 姓名)',
  'import.unreadable': 'The file could not be read; upload an .xlsx Excel file',
  'import.not_xlsx': 'Upload an .xlsx Excel file (save old .xls files as .xlsx first)',
  'import.not_ready': 'The import is not checked yet, or was already written',
  'import.row_number': 'Row',
  'import.problems': 'Problems',
  'import.duplicate_in_file': 'Same as row {row} of the file',
  'import.region_not_found': 'No region "{name}": write a district or town name, or the 12-digit code',
  'import.region_ambiguous': 'Region "{name}" is ambiguous: write it in full (e.g. 海珠区南华西街道) or give the code',
  'import.type_unknown': 'Type must be 社会团体, 民办非企业单位 or 基金会',
  'import.date_no_year': 'The date has no year; complete it (it is never guessed)',
  'import.date_invalid': 'Unreadable date; write 2023-05-01 or 2023年5月1日',
  'import.exists': 'Already on file',
  'import.too_large_unpacked':
    'The file unpacks to more than {maxMb} MB (the setting import.maxUnpackedMb): split the sheet into several files and import them one by one',
  'import.too_many_rows':
    'The sheet has more than {maxRows} rows (the setting import.maxRows): split it into several files and import them one by one',
};
