package vn.gov.moh.soc.agent.generate;

/**
 * An executable as Sysmon describes it (path, version resource, hashes), with the JSON-escaped
 * forms precomputed. Hashes are stable fakes derived from the path.
 */
final class WindowsProgram {
    final String image;
    final String imageJson;
    final String originalFileNameJson;
    final String descriptionJson;
    final String productJson;
    final String companyJson;
    final String fileVersionJson;
    final String hashes;

    WindowsProgram(String image, String originalFileName, String description, String product, String company,
            String fileVersion) {
        this.image = image;
        this.imageJson = JsonText.escape(image);
        this.originalFileNameJson = JsonText.escape(originalFileName);
        this.descriptionJson = JsonText.escape(description);
        this.productJson = JsonText.escape(product);
        this.companyJson = JsonText.escape(company);
        this.fileVersionJson = JsonText.escape(fileVersion);
        this.hashes = "MD5=" + Hex.digest(image + "#md5", 32, true) + ",SHA256=" + Hex.digest(image + "#sha256", 64, true)
                + ",IMPHASH=" + Hex.digest(image + "#imphash", 32, true);
    }

    private static final String MS = "Microsoft Corporation";
    private static final String WINDOWS = "Microsoft® Windows® Operating System";
    private static final String WIN_VERSION = "10.0.19041.1 (WinBuild.160101.0800)";

    static final WindowsProgram EXPLORER = new WindowsProgram("C:\\Windows\\explorer.exe", "EXPLORER.EXE",
            "Windows Explorer", WINDOWS, MS, "10.0.19041.3636 (WinBuild.160101.0800)");
    static final WindowsProgram USERINIT = new WindowsProgram("C:\\Windows\\System32\\userinit.exe", "USERINIT.EXE",
            "Userinit Logon Application", WINDOWS, MS, WIN_VERSION);
    static final WindowsProgram SERVICES = new WindowsProgram("C:\\Windows\\System32\\services.exe", "services.exe",
            "Services and Controller app", WINDOWS, MS, WIN_VERSION);
    static final WindowsProgram SVCHOST = new WindowsProgram("C:\\Windows\\System32\\svchost.exe", "svchost.exe",
            "Host Process for Windows Services", WINDOWS, MS, WIN_VERSION);
    static final WindowsProgram TASKHOSTW = new WindowsProgram("C:\\Windows\\System32\\taskhostw.exe", "taskhostw.exe",
            "Host Process for Windows Tasks", WINDOWS, MS, WIN_VERSION);
    static final WindowsProgram CMD = new WindowsProgram("C:\\Windows\\System32\\cmd.exe", "Cmd.Exe",
            "Windows Command Processor", WINDOWS, MS, "10.0.19041.3636 (WinBuild.160101.0800)");
    static final WindowsProgram NOTEPAD = new WindowsProgram("C:\\Windows\\System32\\notepad.exe", "NOTEPAD.EXE",
            "Notepad", WINDOWS, MS, WIN_VERSION);
    static final WindowsProgram CHROME = new WindowsProgram(
            "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe", "chrome.exe", "Google Chrome",
            "Google Chrome", "Google LLC", "119.0.6045.160");
    static final WindowsProgram EDGE = new WindowsProgram(
            "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe", "msedge.exe", "Microsoft Edge",
            "Microsoft Edge", MS, "119.0.2151.72");
    static final WindowsProgram EXCEL = new WindowsProgram(
            "C:\\Program Files\\Microsoft Office\\root\\Office16\\EXCEL.EXE", "Excel.exe", "Microsoft Excel",
            "Microsoft Office", MS, "16.0.16924.20150");
    static final WindowsProgram WORD = new WindowsProgram(
            "C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE", "WinWord.exe", "Microsoft Word",
            "Microsoft Office", MS, "16.0.16924.20150");
    static final WindowsProgram ACROBAT = new WindowsProgram(
            "C:\\Program Files\\Adobe\\Acrobat DC\\Acrobat\\Acrobat.exe", "Acrobat.exe", "Adobe Acrobat",
            "Adobe Acrobat", "Adobe Systems Incorporated", "23.6.20360.0");
    static final WindowsProgram HIS_CLIENT = new WindowsProgram("C:\\Program Files\\HIS Client\\HISClient.exe",
            "HISClient.exe", "Hospital Information System client", "HIS Client", "HIS Client", "4.2.1.0");
    static final WindowsProgram DICOM_VIEWER = new WindowsProgram("C:\\Program Files\\DICOM Viewer\\DicomViewer.exe",
            "DicomViewer.exe", "DICOM image viewer", "DICOM Viewer", "DICOM Viewer", "2.8.0.0");
    static final WindowsProgram VSSADMIN = new WindowsProgram("C:\\Windows\\System32\\vssadmin.exe", "VSSADMIN.EXE",
            "Command Line Interface for Microsoft® Volume Shadow Copy Service ", WINDOWS, MS, WIN_VERSION);
    static final WindowsProgram WMIC = new WindowsProgram("C:\\Windows\\System32\\wbem\\WMIC.exe", "wmic.exe",
            "WMI Commandline Utility", WINDOWS, MS, WIN_VERSION);
    static final WindowsProgram BCDEDIT = new WindowsProgram("C:\\Windows\\System32\\bcdedit.exe", "bcdedit.exe",
            "Boot Configuration Data Editor", WINDOWS, MS, WIN_VERSION);
    static final WindowsProgram WBADMIN = new WindowsProgram("C:\\Windows\\System32\\wbadmin.exe", "WBADMIN.EXE",
            "Command Line Interface for Microsoft® BLB Backup", WINDOWS, MS, WIN_VERSION);
}
