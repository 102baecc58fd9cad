// /xet-dieu-kien: the what-if eligibility check and the reward-money calculator.
import { PageHeader } from '../../components/page-header';
import { WhatIfPanel } from '../../features/eligibility/components/what-if-panel';

export default function WhatIfPage() {
  return (
    <>
      <PageHeader
        title="Xét điều kiện khen thưởng"
        subtitle="Thử xét một danh hiệu, hình thức khen thưởng trên dữ liệu nhập tay hoặc lấy từ hồ sơ rồi điều chỉnh: kết quả nêu từng tiêu chí, hồ sơ chứng minh và căn cứ pháp lý theo quy định có hiệu lực."
      />
      <WhatIfPanel />
    </>
  );
}
