package app.dossier.phone;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The address a phone on the same Wi-Fi reaches this computer at: an IPv4 address of a network
 * card that is up, not the loopback and not a virtual one; a private (site-local) address first.
 */
final class LanAddress {
    private LanAddress() {
    }

    static String find() {
        List<InetAddress> found = new ArrayList<>();
        try {
            for (NetworkInterface card : NetworkInterface.networkInterfaces().toList()) {
                if (!card.isUp() || card.isLoopback() || card.isVirtual() || card.isPointToPoint()) {
                    continue;
                }
                card.inetAddresses().filter(a -> a instanceof Inet4Address && !a.isLinkLocalAddress())
                        .forEach(found::add);
            }
        } catch (SocketException e) {
            return "127.0.0.1";
        }
        return found.stream()
                .sorted(Comparator.comparing((InetAddress a) -> !a.isSiteLocalAddress()))
                .map(InetAddress::getHostAddress)
                .findFirst()
                .orElse("127.0.0.1");
    }
}
