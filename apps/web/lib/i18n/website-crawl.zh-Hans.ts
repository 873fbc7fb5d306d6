import { type Dictionary } from './en-US';

const websiteCrawl: Dictionary['websiteCrawl'] = {
  title: '从网站导入',
  description: '抓取一个网站，选择要保留的页面，并将它们作为此知识库的文档导入。',
  url: '网站地址',
  urlPlaceholder: 'https://docs.example.com',
  limit: '页面上限',
  depth: '最大深度',
  depthHint: '从起始页面出发最多跟随几层链接。',
  includes: '包含路径',
  excludes: '排除路径',
  patternsHint: '以逗号分隔的路径，* 为通配符（例如 /docs/*, /blog）。',
  subPages: '抓取子页面',
  mainContent: '仅主要内容（去掉导航、页眉和页脚）',
  run: '运行',
  running: '抓取中…',
  progress: (current: number, total: number) => `已读取 ${current} / ${total} 个页面`,
  finished: (count: number, seconds: string) => `${seconds} 秒内读取了 ${count} 个页面`,
  failed: '抓取失败',
  noPages: '没有读取到页面。请检查地址、路径以及网站的 robots.txt。',
  selectAll: '全选',
  selected: (count: number) => `已选 ${count} 个`,
  importSelected: '导入所选',
  importing: '导入中…',
  preview: '预览',
  back: '返回文档列表',
};

export default websiteCrawl;
