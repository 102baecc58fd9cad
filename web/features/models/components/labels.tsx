// Tags of exemplary models: category, publication.
import { Tag } from 'antd';
import { MODEL_CATEGORY_LABELS, type ModelCategory } from '../../../../contracts/models';

const CATEGORY_COLORS: Record<ModelCategory, string> = {
  dien_hinh_tien_tien: 'geekblue',
  nguoi_tot_viec_tot: 'magenta',
  xuat_sac_phong_trao: 'gold',
  hoc_tap_lam_theo_bac: 'red',
  san_xuat_nong_thon_moi: 'green',
};

export function CategoryTag({ category }: { category: ModelCategory }) {
  return (
    <Tag color={CATEGORY_COLORS[category]} style={{ whiteSpace: 'normal' }}>
      {MODEL_CATEGORY_LABELS[category]}
    </Tag>
  );
}

export function PublishedTag({ published }: { published: boolean }) {
  return published ? <Tag color="green">Đã công bố</Tag> : <Tag>Chưa công bố</Tag>;
}
