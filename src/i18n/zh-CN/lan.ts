/** Putting the course on the training room's network: reachability warning, the full-screen and printed assignment QR. */
import { addMessages } from '../catalogue'

const messages = {
  lan: {
    warningTitle: '注意：学员打不开现在这个地址',
    thisDevice:
      '这个页面是用这台电脑自己的地址（{host}）打开的，在这里生成的作业链接和二维码，学员的手机和电脑都打不开。',
    file: '这个页面是直接从电脑上的文件打开的，在这里生成的作业链接和二维码只在这台电脑上有效，学员打不开。',
    whatToDo:
      '请用学员也能打开的网址（例如单位内网上的课程网址）重新打开本页，再生成作业。不知道网址的话，请问负责安装课程的同事。',
    forInstaller: '给负责安装课程的同事',
    serveLanRun: '在课程文件夹里运行',
    serveLanThen: '，用它显示的地址（例如 http://192.168.1.20:8080/）重新打开本页；学员的手机要连接同一个 Wi-Fi。',
    hostDist: '或者把构建好的 dist 文件夹放到单位内网或静态网站空间上，用那个网址打开本页。',
    showLarge: '全屏显示二维码 / 打印',
    sheetHint: '用手机扫描二维码，打开作业',
    sheetDue: '截止日期：{date}',
    sheetNoDue: '没有截止日期',
    sheetFrom: '布置人：{trainer}',
    sheetCount: '{count} 道题',
    sheetPass: '及格线 {mark}%',
    sheetTime: '限时 {minutes} 分钟',
    sheetNoTime: '不限时',
    sheetOneTry: '只能交一次',
    sheetScenarios: '另有情景演练：{titles}',
    sheetWifi: '手机要连接培训室的 Wi-Fi。',
    sheetQrLabel: '作业“{title}”的二维码（放大显示）',
    sheetLinkLabel: '作业链接',
    print: '打印（A4）',
    close: '关闭',
  },
}

addMessages(messages)
export default messages
