package vn.gov.moh.soc.agent.generate;

/**
 * A staff member of a unit.
 *
 * @param account     account name without diacritics ({@code nguyen.van.an}), the same in Linux,
 *                    Active Directory and the EHR
 * @param displayName full name in Vietnamese ({@code Nguyễn Văn An})
 * @param role        what they do
 * @param department  where they work
 * @param workstation the Windows workstation they use (shared by a few colleagues)
 * @param rid         relative id of the account in the domain (the last part of its SID), also its Linux uid
 */
record Staff(String account, String displayName, StaffRole role, Department department, Host workstation, int rid) {
    /** The workstation's address, from which the staff member connects. */
    String ip() {
        return workstation.ip();
    }
}
