// antd Table with the project's defaults: Vietnamese empty state, totals, server-side paging when given.
import { Table, type TableProps } from 'antd';
import { formatNumber } from '../lib/format';
import { EmptyState } from './empty';

export interface ServerPaging {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number, pageSize: number) => void;
}

interface DataTableProps<T> extends Omit<TableProps<T>, 'pagination'> {
  paging?: ServerPaging | false;
  emptyText?: string;
}

/** A table; pass `paging` for lists paged by the server ({items,total,page,pageSize}). */
export function DataTable<T extends object>({ paging, emptyText, locale, ...rest }: DataTableProps<T>) {
  return (
    <Table<T>
      size="middle"
      scroll={{ x: 'max-content' }}
      {...rest}
      locale={{ emptyText: <EmptyState description={emptyText} />, ...locale }}
      pagination={
        paging === false || paging === undefined
          ? false
          : {
              current: paging.page,
              pageSize: paging.pageSize,
              total: paging.total,
              showSizeChanger: true,
              pageSizeOptions: [10, 20, 50, 100],
              showTotal: (total, [from, to]) =>
                `${formatNumber(from)}–${formatNumber(to)} / ${formatNumber(total)} bản ghi`,
              onChange: paging.onChange,
            }
      }
    />
  );
}
