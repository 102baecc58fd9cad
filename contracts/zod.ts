// zod configured with Vietnamese messages; import `z` from here, not from 'zod', so every schema speaks Vietnamese.
import { z } from 'zod';

const TYPE_NAMES: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  boolean: 'giá trị đúng/sai',
  array: 'danh sách',
  object: 'đối tượng',
  date: 'ngày',
};

z.config({
  customError: (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        if (issue.input === undefined || issue.input === null) return 'Thiếu giá trị bắt buộc';
        return `Phải là ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
      case 'too_small':
        if (issue.origin === 'string') {
          return Number(issue.minimum) <= 1
            ? 'Không được để trống'
            : `Phải có ít nhất ${issue.minimum} ký tự`;
        }
        if (issue.origin === 'array') return `Phải có ít nhất ${issue.minimum} phần tử`;
        return `Phải lớn hơn hoặc bằng ${issue.minimum}`;
      case 'too_big':
        if (issue.origin === 'string') return `Không được dài quá ${issue.maximum} ký tự`;
        if (issue.origin === 'array') return `Không được quá ${issue.maximum} phần tử`;
        return `Phải nhỏ hơn hoặc bằng ${issue.maximum}`;
      case 'invalid_value':
        return `Giá trị không hợp lệ; chỉ nhận: ${issue.values.map((v) => String(v)).join(', ')}`;
      case 'invalid_format':
        if (issue.format === 'email') return 'Địa chỉ email không hợp lệ';
        if (issue.format === 'uuid') return 'Mã định danh không hợp lệ';
        return 'Định dạng không hợp lệ';
      case 'unrecognized_keys':
        return `Trường không được phép: ${issue.keys.join(', ')}`;
      case 'not_multiple_of':
        return `Phải là bội số của ${issue.divisor}`;
      default:
        return 'Giá trị không hợp lệ';
    }
  },
});

export { z };
