// Form fields of a person (name, gender, birth date, ethnicity, CCCD, contact), shared by create and edit.
import { Col, DatePicker, Form, Input, Radio, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { GENDERS, GENDER_LABELS } from '../../../../contracts/enums';
import { ETHNICITIES } from '../../../../contracts/ethnicities';
import { foldVietnamese } from '../../../../domain/text';
import { DATE_FORMAT } from '../../../lib/format';

const ETHNICITY_OPTIONS = ETHNICITIES.map((e) => ({ value: e, label: e }));
const GENDER_OPTIONS = GENDERS.map((g) => ({ value: g, label: GENDER_LABELS[g] }));

export function PersonFields({ cccdHelp }: { cccdHelp?: string }) {
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} md={14}>
          <Form.Item
            name="fullName"
            label="Họ và tên"
            rules={[
              { required: true, whitespace: true, message: 'Nhập họ và tên' },
              { min: 2, message: 'Họ và tên phải có ít nhất 2 ký tự' },
            ]}
          >
            <Input maxLength={200} placeholder="Ví dụ: Nguyễn Văn An" autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="gender" label="Giới tính" rules={[{ required: true, message: 'Chọn giới tính' }]}>
            <Radio.Group options={GENDER_OPTIONS} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item name="birthDate" label="Ngày sinh">
            <DatePicker
              format={DATE_FORMAT}
              style={{ width: '100%' }}
              disabledDate={(d) => d.isAfter(dayjs(), 'day')}
              placeholder="dd/mm/yyyy"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="ethnicity" label="Dân tộc">
            <Select
              showSearch={{
                filterOption: (input, option) =>
                  foldVietnamese(String(option?.label ?? '')).includes(foldVietnamese(input)),
              }}
              options={ETHNICITY_OPTIONS}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="cccd"
            label="Số CCCD"
            tooltip={cccdHelp ?? 'Căn cước công dân: 12 chữ số; 3 số đầu là mã tỉnh nơi đăng ký khai sinh'}
            rules={[{ pattern: /^\d{12}$/, message: 'Số CCCD phải gồm đúng 12 chữ số' }]}
          >
            <Input maxLength={12} inputMode="numeric" autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item name="phone" label="Số điện thoại">
            <Input maxLength={30} placeholder="0912345678" />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item
            name="email"
            label="Email"
            rules={[{ type: 'email', message: 'Địa chỉ email không hợp lệ' }]}
          >
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="address" label="Địa chỉ">
        <Input maxLength={500} />
      </Form.Item>
    </>
  );
}
