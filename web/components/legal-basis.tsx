// A legal basis as officials cite it ("Điều 24 khoản 1 Luật Thi đua, khen thưởng 06/2022/QH15") with its
// verification tag: V read in the primary text, S quoted by a secondary source, U unverified.
import { Tag, Tooltip, Typography } from 'antd';
import type { LegalBasis, Verification } from '../../domain/regimes/types';

const TAGS: Record<Verification, { label: string; color: string; help: string }> = {
  V: {
    label: 'Đã xác minh',
    color: 'green',
    help: 'Đã đối chiếu với văn bản gốc hoặc giải đáp chính thức của cơ quan có thẩm quyền',
  },
  S: {
    label: 'Nguồn trích dẫn',
    color: 'default',
    help: 'Theo nguồn thứ cấp trích dẫn điều khoản; nên đối chiếu văn bản gốc trước khi ban hành',
  },
  U: {
    label: 'Chưa xác minh',
    color: 'orange',
    help: 'Giả định của hệ thống, chưa kiểm chứng với văn bản; quản trị viên có thể điều chỉnh theo quy chế địa phương',
  },
};

/** "Điều 24 khoản 1 Luật …" — the article first, as in Vietnamese citations. */
export function citeBasis(basis: LegalBasis): string {
  return basis.article ? `${basis.article} ${basis.document}` : basis.document;
}

export function VerificationTag({ tag }: { tag: Verification }) {
  const t = TAGS[tag];
  return (
    <Tooltip title={t.help}>
      <Tag color={t.color} style={{ marginInlineEnd: 0 }} data-testid={`basis-tag-${tag}`}>
        {t.label}
      </Tag>
    </Tooltip>
  );
}

/** The citation, its tag and its note (e.g. "Số nghị định chưa kiểm chứng"). */
export function LegalBasisText({ basis, strong = false }: { basis: LegalBasis; strong?: boolean }) {
  return (
    <span>
      <Typography.Text strong={strong}>{citeBasis(basis)}</Typography.Text>{' '}
      <VerificationTag tag={basis.tag} />
      {basis.note ? (
        <Typography.Text type="secondary" style={{ marginInlineStart: 6 }}>
          ({basis.note})
        </Typography.Text>
      ) : null}
    </span>
  );
}
