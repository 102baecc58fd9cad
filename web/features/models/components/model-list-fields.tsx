// The lists inside the model form: media links (http/https only) and propagation activities with their dates.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Form, Input, Row, Select, Typography } from 'antd';
import { ACTIVITY_KIND_LABELS, ACTIVITY_KINDS } from '../../../../contracts/models';
import { DATE_FORMAT } from '../../../lib/format';

const HTTP = /^https?:\/\/[^\s/]+\.[^\s]+$/i;

export function LinksFields() {
  return (
    <>
      <Typography.Title level={5}>Bài viết, phóng sự, video</Typography.Title>
      <Form.List name="links">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Row key={field.key} gutter={8}>
                <Col xs={24} md={9}>
                  <Form.Item
                    name={[field.name, 'title']}
                    rules={[{ required: true, min: 2, message: 'Nhập tiêu đề' }]}
                  >
                    <Input maxLength={300} placeholder="Tiêu đề (Báo Hà Tĩnh, Đài truyền thanh …)" />
                  </Form.Item>
                </Col>
                <Col xs={20} md={14}>
                  <Form.Item
                    name={[field.name, 'url']}
                    rules={[
                      {
                        required: true,
                        pattern: HTTP,
                        message: 'Địa chỉ phải bắt đầu bằng http:// hoặc https://',
                      },
                    ]}
                  >
                    <Input maxLength={2000} placeholder="https://…" />
                  </Form.Item>
                </Col>
                <Col xs={4} md={1}>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label="Bỏ liên kết"
                    onClick={() => remove(field.name)}
                  />
                </Col>
              </Row>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({})} style={{ marginBottom: 16 }}>
              Thêm liên kết
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
}

export function ActivitiesFields() {
  return (
    <>
      <Typography.Title level={5}>Hoạt động tuyên truyền, biểu dương</Typography.Title>
      <Form.List name="activities">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Row key={field.key} gutter={8}>
                <Col xs={24} md={7}>
                  <Form.Item
                    name={[field.name, 'kind']}
                    rules={[{ required: true, message: 'Chọn hình thức' }]}
                  >
                    <Select
                      options={ACTIVITY_KINDS.map((k) => ({ value: k, label: ACTIVITY_KIND_LABELS[k] }))}
                      placeholder="Hình thức"
                    />
                  </Form.Item>
                </Col>
                <Col xs={12} md={4}>
                  <Form.Item name={[field.name, 'heldOn']} rules={[{ required: true, message: 'Chọn ngày' }]}>
                    <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder="Ngày" />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item name={[field.name, 'partner']}>
                    <Input maxLength={300} placeholder="Đơn vị phối hợp, kênh" />
                  </Form.Item>
                </Col>
                <Col xs={20} md={6}>
                  <Form.Item name={[field.name, 'note']}>
                    <Input maxLength={1000} placeholder="Ghi chú (không công khai)" />
                  </Form.Item>
                </Col>
                <Col xs={4} md={1}>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label="Bỏ hoạt động"
                    onClick={() => remove(field.name)}
                  />
                </Col>
              </Row>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({})}>
              Thêm hoạt động
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
}
