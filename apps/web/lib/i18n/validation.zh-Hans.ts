import { type ValidationDictionary } from './validation.en-US';

const validation: ValidationDictionary = {
  withField: (field: string, text: string) => `${field}：${text}`,
  item: (field: string, n: number) => `${field}（第 ${n} 项）`,
  reasons: {
    required: () => '此项为必填。',
    email: () => '请输入有效的邮箱地址。',
    url: () => '请输入有效的网址。',
    tooLong: (n: number) => `最多 ${n} 个字符。`,
    tooShort: (n: number) => `至少 ${n} 个字符。`,
    tooLarge: (n: number) => `请输入不大于 ${n} 的数字。`,
    tooSmall: (n: number) => `请输入不小于 ${n} 的数字。`,
    option: () => '请从给出的选项中选择。',
    type: () => '格式不正确。',
  },
  fields: {
    email: '邮箱',
    emails: '邮箱地址',
    name: '名称',
    password: '密码',
    title: '标题',
    description: '描述',
    copyright: '版权',
    privacy_policy: '隐私政策',
    question: '问题',
    answer: '回答',
    query: '消息',
    pre_prompt: '提示词',
    user_input_form: '变量',
    max_length: '最大长度',
    default_language: '默认语言',
    chat_color_theme: '主题色',
  },
};

export default validation;
