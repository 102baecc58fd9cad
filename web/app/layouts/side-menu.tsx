// The product menu from contracts/modules.ts: only built modules the user may open are shown.
import {
  AuditOutlined,
  BellOutlined,
  ApartmentOutlined,
  BarChartOutlined,
  BookOutlined,
  ClusterOutlined,
  FileDoneOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FlagOutlined,
  GlobalOutlined,
  PrinterOutlined,
  StarOutlined,
  EyeOutlined,
  FolderOpenOutlined,
  FormOutlined,
  HistoryOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { MODULES, type ModuleEntry } from '../../../contracts/modules';

const ICONS: Record<string, ReactNode> = {
  inbox: <BellOutlined />,
  units: <ApartmentOutlined />,
  people: <UserOutlined />,
  movements: <FlagOutlined />,
  registrations: <FormOutlined />,
  groups: <ClusterOutlined />,
  dossiers: <FolderOpenOutlined />,
  councils: <TeamOutlined />,
  decisions: <FileDoneOutlined />,
  awards: <TrophyOutlined />,
  reports: <BarChartOutlined />,
  documents: <FileTextOutlined />,
  disclosures: <GlobalOutlined />,
  certificates: <PrinterOutlined />,
  models: <StarOutlined />,
  inspections: <EyeOutlined />,
  users: <AuditOutlined />,
  audit: <HistoryOutlined />,
  eligibility: <SafetyCertificateOutlined />,
  catalog: <BookOutlined />,
};

const ADMIN_KEYS = new Set(['users', 'audit', 'catalog']);

type Item = Required<MenuProps>['items'][number];

function toItem(m: ModuleEntry): Item {
  return { key: m.path, icon: ICONS[m.key] ?? <FileSearchOutlined />, label: m.label };
}

/** Menu items for the modules the user may open, with "Quản trị" grouping the administration pages. */
export function menuItems(modules: readonly string[]): Item[] {
  const visible = MODULES.filter((m) => m.built && modules.includes(m.key));
  const main = visible.filter((m) => !ADMIN_KEYS.has(m.key)).map(toItem);
  const admin = visible.filter((m) => ADMIN_KEYS.has(m.key)).map(toItem);
  if (admin.length)
    main.push({ key: 'admin', icon: <SettingOutlined />, label: 'Quản trị', children: admin });
  return main;
}

export function SideMenu({ modules, pathname }: { modules: readonly string[]; pathname: string }) {
  const navigate = useNavigate();
  const selected = MODULES.filter((m) => pathname === m.path || pathname.startsWith(m.path + '/')).map(
    (m) => m.path,
  );
  return (
    <Menu
      theme="dark"
      mode="inline"
      items={menuItems(modules)}
      selectedKeys={selected}
      defaultOpenKeys={pathname.startsWith('/quan-tri') ? ['admin'] : []}
      onClick={({ key }) => navigate(key)}
    />
  );
}
