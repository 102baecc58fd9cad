// Where an effective value comes from: the national rule (its basis) or a local overlay (its document).
import { Tag, Tooltip, Typography } from 'antd';
import type { CatalogKindView } from '../../../../contracts/catalog';
import { LegalBasisText } from '../../../components/legal-basis';
import { formatDate } from '../../../lib/format';

type Source = CatalogKindView['vote']['source'];

export function SourceText({ source }: { source: Source }) {
  if (source.type === 'overlay') {
    return (
      <span data-testid="source-overlay">
        <Tag color="geekblue">Quy chế địa phương</Tag>
        <Typography.Text>
          {source.document}
          {source.unitName ? ` — ${source.unitName}` : ''}
          {source.effectiveFrom ? `, áp dụng từ ${formatDate(source.effectiveFrom)}` : ''}
        </Typography.Text>
      </span>
    );
  }
  return (
    <span data-testid="source-national">
      <Tag>Quy định chung</Tag>
      {source.basis ? (
        <LegalBasisText basis={source.basis} />
      ) : (
        <Typography.Text>{source.text}</Typography.Text>
      )}
    </span>
  );
}

/** The mark on an unverified default that an administrator may confirm or change. */
export function AssumptionTag({ short = false }: { short?: boolean }) {
  return (
    <Tooltip title="Giá trị mặc định chưa kiểm chứng với văn bản gốc. Quản trị viên có thể xác nhận hoặc điều chỉnh bằng quy chế địa phương.">
      <Tag color="orange" data-testid="assumption-tag">
        {short ? 'Giả định — chưa xác minh' : 'Giả định — chưa xác minh, có thể điều chỉnh'}
      </Tag>
    </Tooltip>
  );
}
