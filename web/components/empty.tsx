// The empty state used by tables and panels: "Chưa có dữ liệu" unless told otherwise.
import { Empty } from 'antd';
import type { ReactNode } from 'react';

export function EmptyState({ description = 'Chưa có dữ liệu' }: { description?: ReactNode }) {
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={description} />;
}
