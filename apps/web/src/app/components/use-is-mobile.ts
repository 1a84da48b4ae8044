import { Grid } from 'antd';

/** True below antd's `md` breakpoint (768px), where the sider becomes a drawer and forms stack. */
export function useIsMobile(): boolean {
  const screens = Grid.useBreakpoint();
  return screens.md === false;
}
