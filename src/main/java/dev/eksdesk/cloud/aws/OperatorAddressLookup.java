package dev.eksdesk.cloud.aws;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the address the operator reaches AWS from, the way the AWS console's "My IP" does, so SSH
 * and the public API endpoint can be opened to that /32 only.
 */
public final class OperatorAddressLookup {
  static final URI CHECK_IP = URI.create("https://checkip.amazonaws.com/");
  private static final String LOOPBACK = "127.0.0.1/32";
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private OperatorAddressLookup() {}

  /**
   * The operator's address as {@code endpoint} sees it: this machine's loopback when the endpoint
   * runs on this machine (its host is a loopback address), the public address otherwise.
   *
   * @param endpoint the one endpoint every call goes to, empty for AWS's own
   * @throws IllegalStateException saying what to write in the spec instead of "my-ip"
   */
  public static String operatorCidr(Optional<URI> endpoint) {
    return endpoint.map(URI::getHost).filter(OperatorAddressLookup::isLoopback).isPresent()
        ? LOOPBACK
        : operatorCidr();
  }

  static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false; // a host that does not resolve is not this machine
    }
  }

  private static String operatorCidr() {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest request = HttpRequest.newBuilder(CHECK_IP).timeout(Duration.ofSeconds(5)).build();
    try {
      String body = client.send(request, HttpResponse.BodyHandlers.ofString()).body().trim();
      if (!IPV4.matcher(body).matches()) {
        throw new IllegalStateException(unreachable("it answered '" + body + "'"));
      }
      return body + "/32";
    } catch (IOException e) {
      throw new IllegalStateException(unreachable(String.valueOf(e)), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(unreachable("interrupted"), e);
    }
  }

  private static String unreachable(String why) {
    return "Could not find your public address at "
        + CHECK_IP
        + " ("
        + why
        + "). Write your address as a /32 instead of my-ip in the spec (bastion SSH and API"
        + " access).";
  }
}
