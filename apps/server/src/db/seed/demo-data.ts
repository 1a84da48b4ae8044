import type { Role } from '@shegong/core';

/** The demo city: 广州市 with two districts of activity. Realistic names, all fictional organisations. */
export const DEMO_PASSWORD = 'Demo@2026';

export const DEMO_ORGANISATIONS = [
  {
    key: 'qihang',
    name: '广州市海珠区启航社会工作服务中心',
    usccBody: '52440105MJL088610', // check character computed at seed time
    type: 'private_non_enterprise',
    regionCode: '440105008000',
    address: '南华西街同福西路 112 号',
    contactName: '黄嘉欣',
    contactPhone: '13826041187',
  },
  {
    key: 'tongxin',
    name: '广州市天河区同心社会工作服务中心',
    usccBody: '52440106MJK315420',
    type: 'private_non_enterprise',
    regionCode: '440106001000',
    address: '五山路 371 号',
    contactName: '罗志明',
    contactPhone: '13711820945',
  },
  {
    key: 'heyue',
    name: '广州市海珠区和悦社会工作服务社',
    usccBody: '52440105MJL192730',
    type: 'private_non_enterprise',
    regionCode: '440105001000',
    address: '赤岗北路 58 号',
    contactName: '陈晓彤',
    contactPhone: '13602258816',
  },
  {
    key: 'lingnan',
    name: '广州市岭南社会工作发展基金会',
    // An early code whose check character does not match: kept with a warning.
    uscc: '53440100MJ0000100A',
    type: 'foundation',
    regionCode: '440100000000',
    address: '越秀区东风中路 437 号',
    contactName: '梁伟强',
    contactPhone: '13922213370',
  },
] as const;

export type DemoOrgKey = (typeof DEMO_ORGANISATIONS)[number]['key'];

interface DemoStation {
  key: string;
  name: string;
  tier: 'district_centre' | 'town_station' | 'village_point';
  regionCode: string;
  org: DemoOrgKey;
  parent?: string;
  address: string;
  phone: string;
  openedOn: string;
}

export const DEMO_STATIONS: DemoStation[] = [
  {
    key: 'hz-centre',
    name: '海珠区社会工作指导中心',
    tier: 'district_centre',
    regionCode: '440105000000',
    org: 'qihang',
    address: '江南大道中 88 号',
    phone: '020-84411200',
    openedOn: '2021-03-01',
  },
  {
    key: 'nhx',
    name: '南华西街社工站',
    tier: 'town_station',
    regionCode: '440105008000',
    org: 'qihang',
    parent: 'hz-centre',
    address: '同福西路 112 号',
    phone: '020-84428831',
    openedOn: '2021-06-15',
  },
  {
    key: 'nhx-1',
    name: '鳌洲社区社工室',
    tier: 'village_point',
    regionCode: '440105008101',
    org: 'qihang',
    parent: 'nhx',
    address: '鳌洲外街 9 号',
    phone: '020-84428832',
    openedOn: '2022-01-10',
  },
  {
    key: 'nhx-2',
    name: '福安社区社工室',
    tier: 'village_point',
    regionCode: '440105008102',
    org: 'qihang',
    parent: 'nhx',
    address: '福安里 3 号',
    phone: '020-84428833',
    openedOn: '2022-01-10',
  },
  {
    key: 'nhx-3',
    name: '敬和里社区社工室',
    tier: 'village_point',
    regionCode: '440105008103',
    org: 'qihang',
    parent: 'nhx',
    address: '敬和里 21 号',
    phone: '020-84428835',
    openedOn: '2023-03-01',
  },
  {
    key: 'cg',
    name: '赤岗街社工站',
    tier: 'town_station',
    regionCode: '440105001000',
    org: 'heyue',
    parent: 'hz-centre',
    address: '赤岗北路 58 号',
    phone: '020-89071165',
    openedOn: '2020-09-01',
  },
  {
    key: 'cg-1',
    name: '下渡社区社工室',
    tier: 'village_point',
    regionCode: '440105001101',
    org: 'heyue',
    parent: 'cg',
    address: '下渡路 77 号',
    phone: '020-89071166',
    openedOn: '2022-02-15',
  },
  {
    key: 'xg',
    name: '新港街社工站',
    tier: 'town_station',
    regionCode: '440105002000',
    org: 'heyue',
    parent: 'hz-centre',
    address: '新港中路 397 号',
    phone: '020-84023360',
    openedOn: '2020-09-01',
  },
  {
    key: 'th-centre',
    name: '天河区社会工作指导中心',
    tier: 'district_centre',
    regionCode: '440106000000',
    org: 'tongxin',
    address: '天府路 1 号',
    phone: '020-38622000',
    openedOn: '2021-04-01',
  },
  {
    key: 'ws',
    name: '五山街社工站',
    tier: 'town_station',
    regionCode: '440106001000',
    org: 'tongxin',
    parent: 'th-centre',
    address: '五山路 371 号',
    phone: '020-85280511',
    openedOn: '2021-07-01',
  },
  {
    key: 'ws-1',
    name: '岳洲社区社工室',
    tier: 'village_point',
    regionCode: '440106001001',
    org: 'tongxin',
    parent: 'ws',
    address: '岳洲路 12 号',
    phone: '020-85280512',
    openedOn: '2022-05-01',
  },
  {
    key: 'ws-2',
    name: '茶山社区社工室',
    tier: 'village_point',
    regionCode: '440106001002',
    org: 'tongxin',
    parent: 'ws',
    address: '茶山路 6 号',
    phone: '020-85280513',
    openedOn: '2022-05-01',
  },
  {
    key: 'sp',
    name: '石牌街社工站',
    tier: 'town_station',
    regionCode: '440106006000',
    org: 'tongxin',
    parent: 'th-centre',
    address: '石牌东路 118 号',
    phone: '020-85213392',
    openedOn: '2021-07-01',
  },
];

interface DemoUser {
  username: string;
  displayName: string;
  mobile: string;
  roles: Role[];
  regionCode: string;
  org?: DemoOrgKey;
}

export const DEMO_USERS: DemoUser[] = [
  { username: 'sysadmin', displayName: '系统管理员', mobile: '13800000001', roles: ['sysadmin'], regionCode: '440100000000' },
  { username: 'city.admin', displayName: '周敏华', mobile: '13800000002', roles: ['city_admin'], regionCode: '440100000000' },
  { username: 'district.haizhu', displayName: '何振东', mobile: '13800000003', roles: ['district_admin'], regionCode: '440105000000' },
  { username: 'town.nanhuaxi', displayName: '冯丽娟', mobile: '13800000004', roles: ['town_admin'], regionCode: '440105008000' },
  { username: 'org.admin', displayName: '黄嘉欣', mobile: '13800000005', roles: ['org_admin'], regionCode: '440100000000', org: 'qihang' },
  { username: 'worker.lin', displayName: '林晓燕', mobile: '13800000006', roles: ['worker'], regionCode: '440105008000', org: 'qihang' },
  { username: 'worker.chen', displayName: '陈家豪', mobile: '13800000007', roles: ['worker'], regionCode: '440106001000', org: 'tongxin' },
  {
    username: 'supervisor.wang',
    displayName: '王淑贞',
    mobile: '13800000008',
    roles: ['supervisor'],
    regionCode: '440105000000',
    org: 'qihang',
  },
  {
    username: 'evaluator',
    displayName: '广州市民评社会服务评估中心',
    mobile: '13800000009',
    roles: ['evaluator'],
    regionCode: '440100000000',
  },
  { username: 'volunteer', displayName: '邓志远', mobile: '13800000010', roles: ['volunteer'], regionCode: '440105008000' },
  { username: 'resident', displayName: '谭美玲', mobile: '13800000011', roles: ['resident'], regionCode: '440105008101' },
];
