// A centred spinner while a page or the session loads.
import { Flex, Spin } from 'antd';

export function PageSpinner({ full = false }: { full?: boolean }) {
  return (
    <Flex align="center" justify="center" style={{ minHeight: full ? '100vh' : 240 }}>
      <Spin size="large" description="Đang tải…" />
    </Flex>
  );
}
