package id.kantibekisah.db;

import id.kantibekisah.common.Messages;
import id.kantibekisah.common.ServiceException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NetworkLocationTest {
    @Test
    void uncPathsAreSharesButLongLocalPathsAndDevicesAreNot() {
        assertThat(NetworkLocation.isUnc("\\\\SERVER-TU\\Data BK\\kanti-bekisah.db")).isTrue();
        assertThat(NetworkLocation.isUnc("//nas/bk/kanti-bekisah.db")).isTrue();
        assertThat(NetworkLocation.isUnc("\\\\?\\UNC\\server\\share\\kb.db")).isTrue();
        assertThat(NetworkLocation.isUnc("\\\\?\\C:\\Users\\bk\\kb.db")).isFalse();
        assertThat(NetworkLocation.isUnc("\\\\.\\PhysicalDrive0")).isFalse();
        assertThat(NetworkLocation.isUnc("C:\\Users\\bk\\AppData\\Roaming\\KantiBekisah\\kanti-bekisah.db")).isFalse();
        assertThat(NetworkLocation.isUnc("/home/bk/.local/share/kanti-bekisah/kanti-bekisah.db")).isFalse();
    }

    @Test
    void networkFileSystemsAreKnownByTheirTypeLocalOnesAreNot() {
        for (String type : List.of("nfs", "nfs4", "cifs", "smb3", "smbfs", "afpfs", "fuse.sshfs", "webdav", "9p")) {
            assertThat(NetworkLocation.isNetworkType(type)).as(type).isTrue();
        }
        for (String type : List.of("ext4", "xfs", "btrfs", "apfs", "ntfs", "NTFS", "vfat", "exfat", "tmpfs", "zfs")) {
            assertThat(NetworkLocation.isNetworkType(type)).as(type).isFalse();
        }
    }

    @Test
    void aShareIsRefusedWithItsNameAndTheReason() {
        NetworkLocation linux = new NetworkLocation(p -> Optional.of("ext4"), l -> Optional.empty(), false);
        assertThatThrownBy(() -> linux.refuseNetwork(Path.of("\\\\SERVER-TU\\Data BK\\kanti-bekisah.db")))
                .isInstanceOf(ServiceException.class)
                .satisfies(e -> assertThat(Messages.of(Messages.ENGLISH).message((ServiceException) e))
                        .contains("\\\\SERVER-TU\\Data BK").contains("network drive")
                        .contains("SQLite's file locking is not safe over a network"));
        linux.refuseNetwork(Path.of("/home/bk/kanti-bekisah.db"));

        NetworkLocation nfs = new NetworkLocation(p -> Optional.of("nfs4"), l -> Optional.empty(), false);
        assertThat(nfs.describe(Path.of("/mnt/sekolah/kanti-bekisah.db"))).contains("nfs4");
    }

    @Test
    void onWindowsAMappedDriveLetterIsAskedForItsDriveType() {
        List<Character> asked = new ArrayList<>();
        NetworkLocation windows = new NetworkLocation(p -> Optional.of("NTFS"), letter -> {
            asked.add(letter);
            return Optional.of(letter == 'Z' ? "Network" : "Fixed");
        }, true);
        assertThat(windows.describeWindows("Z:\\KantiBekisah\\kanti-bekisah.db")).contains("Z: (Network)");
        assertThat(windows.describeWindows("D:\\KantiBekisah\\kanti-bekisah.db")).isEmpty();
        assertThat(asked).containsExactly('Z', 'D');
        assertThat(windows.describeWindows("\\\\server\\bk\\kanti-bekisah.db")).contains("\\\\server\\bk");
    }
}
